import { describe, expect, it } from "vitest";
import type { Metric } from "../../src/lib/data/model.ts";
import { checkFigure } from "../../src/lib/data/validate/checkFigure.ts";
import { figureInArticle } from "../../src/lib/data/validate/figureInArticle.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures, type Candidate } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";
import { ACCEPT_ARTICLES } from "./acceptArticles.ts";
import { REVIEW_ARTICLES } from "./reviewArticles.ts";

const { metrics } = validateProject(realFiles()).dataset;

/** The metric a proposal would be checked against: the dictionary's, or the row its definition proposes. */
function metricOf(c: Candidate): Metric | undefined {
  const known = metrics.find((m) => m.id === c.metric);
  if (known || !c.definition) return known;
  const d = c.definition;
  return { ...metrics.find((m) => m.group === d.group && !m.award_level)!, id: c.metric, award_level: "", recipient: "", reading: "", ...d, group: d.group as Metric["group"] };
}

/** What check says of a proposal written as a results row: check's reading of its quote alone, then in its article. */
function checkSays(text: string, c: Candidate): string[] {
  const metric = metricOf(c);
  if (!metric) return [`no metric to check ${c.metric} against`];
  const said: string[] = [];
  const raw = c.value === null ? "" : String(c.value);
  // The dictionary's units are counts and shares: a mass ("12,5 kg") is for the editor to decide, not a reading.
  const whole = (message: string) => message.startsWith(`${metric.id} counts whole units`) && !Number.isInteger(c.value);
  checkFigure(metric, c.value, raw, c.qualifier, c.quote, (column, message) => whole(message) || said.push(`${column}: ${message}`));
  const row = { province: "test", metric: c.metric, value: c.value, qualifier: c.qualifier, source: "test-1", quote: c.quote, note: "", note_en: "", file: "test.csv", line: 2 };
  const inArticle = figureInArticle({ text, lines: new Map() }, row, metric, "test-1");
  if (inArticle) said.push(`article: ${inArticle}`);
  return said;
}

const texts = [...REVIEW_ARTICLES.map((a) => [a.name, a.text] as const), ...ACCEPT_ARTICLES.map((a) => [a.name, a.text] as const)];

// Issue 22: proposals and check read a figure the same way (src/lib/text/readFigure.ts), so a proposal an editor
// accepts unchanged passes `npm run check` with the value and qualifier it was proposed with.
describe("every proposal, written as a results row, passes check's reading of its quote", () => {
  it.each(texts)("%s", (_, text) => {
    const refused = extractFigures(text, metrics, "test-1")
      .filter((c) => c.metric !== "unknown")
      .map((c) => ({ c, said: checkSays(text, c) }))
      .filter((r) => r.said.length)
      .map((r) => `${r.c.metric}=${r.c.value} ${r.c.qualifier} “${r.c.quote}”: ${r.said.join("; ")}`);
    expect(refused, refused.join("\n")).toEqual([]);
  });

  it("can fail: a proposal whose qualifier was changed is refused", () => {
    const text = "Toàn tỉnh có trên 366 đợt phát động phong trào.";
    const [c] = extractFigures(text, metrics, "test-1");
    expect(checkSays(text, { ...c!, qualifier: "exact" }).length).toBeGreaterThan(0);
  });
});
