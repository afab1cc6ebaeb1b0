import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { checkSays } from "../helpers/checkProposal.ts";
import { realFiles } from "../helpers/project.ts";
import { ACCEPT_ARTICLES } from "./acceptArticles.ts";
import { HELD_OUT_ARTICLES } from "./heldOutArticles.ts";
import { REVIEW_ARTICLES } from "./reviewArticles.ts";

const { metrics } = validateProject(realFiles()).dataset;

const texts = [...REVIEW_ARTICLES.map((a) => [a.name, a.text] as const), ...ACCEPT_ARTICLES.map((a) => [a.name, a.text] as const), ...HELD_OUT_ARTICLES.map((a) => [a.name, a.text] as const)];

// Issue 22: proposals and check read a figure the same way (src/lib/text/readFigure.ts), so a proposal an editor
// accepts unchanged passes `npm run check` with the value and qualifier it was proposed with.
describe("every proposal, written as a results row, passes check's reading of its quote", () => {
  it.each(texts)("%s", (_, text) => {
    const refused = extractFigures(text, metrics, "test-1")
      .filter((c) => c.metric !== "unknown")
      .map((c) => ({ c, said: checkSays(text, c, metrics) }))
      .filter((r) => r.said.length)
      .map((r) => `${r.c.metric}=${r.c.value} ${r.c.qualifier} “${r.c.quote}”: ${r.said.join("; ")}`);
    expect(refused, refused.join("\n")).toEqual([]);
  });

  it("can fail: a proposal whose qualifier was changed is refused", () => {
    const text = "Toàn tỉnh có trên 366 đợt phát động phong trào.";
    const [c] = extractFigures(text, metrics, "test-1");
    expect(checkSays(text, { ...c!, qualifier: "exact" }, metrics).length).toBeGreaterThan(0);
  });
});
