import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";
import { archiveTestsRun, readArchived } from "../helpers/archive.ts";
import { checkSays } from "../helpers/checkProposal.ts";

const { dataset } = validateProject(realFiles());
const run = archiveTestsRun("the extractor on the archived articles");

// Runs the extractor over the archived articles and compares with what editors recorded by hand.
describe.runIf(run).each(dataset.sources.map((s) => [s.id, s] as const))("the extractor on %s", (id, source) => {
  const text = readArchived(source.archive) ?? "";
  const found = extractFigures(text, dataset.metrics, id);
  const recorded = dataset.results.filter((r) => r.source === id);
  const key = (r: { metric: string; value: number | null; qualifier: string }) => `${r.metric}=${r.qualifier}:${r.value ?? ""}`;
  const foundKeys = new Set(found.map(key));
  const missed = recorded.filter((r) => !foundKeys.has(key(r)));
  const extra = found.filter((f) => !recorded.some((r) => key(r) === key(f)));

  it("reports what it finds and misses against our data", () => {
    console.log(
      `${id}: ${recorded.length - missed.length}/${recorded.length} recorded figures found` +
        (missed.length ? `; missed ${missed.map(key).join(", ")}` : "") +
        (extra.length ? `; also proposed ${extra.map(key).join(", ")}` : ""),
    );
    // Every recorded figure with a number is found; unquantified ones stated only in captions may be missed.
    expect(missed.filter((r) => r.value !== null).map(key)).toEqual([]);
  });

  it("invents nothing: every quote is in the article and every value is written in its quote", () => {
    for (const f of found) {
      expect(text).toContain(f.quote);
      if (f.value !== null) expect(f.quote.replace(/\./g, "")).toMatch(String(f.value).split(".")[0]!);
    }
  });

  // Issue 22: a proposal accepted as it comes passes check, on the real articles too.
  it("proposes only rows check's reading of their quotes accepts", () => {
    const refused = found.filter((f) => f.metric !== "unknown").map((f) => ({ f, said: checkSays(text, f, dataset.metrics) })).filter((r) => r.said.length);
    expect(refused.map((r) => `${r.f.metric}=${r.f.value} “${r.f.quote}”: ${r.said.join("; ")}`)).toEqual([]);
  });
});
