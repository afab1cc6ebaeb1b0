import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { archiveQuotes } from "../../src/lib/data/archiveQuotes.ts";
import { realFiles } from "../helpers/project.ts";
import { ARCHIVE, archiveTestsRun, readArchived } from "../helpers/archive.ts";

const { dataset } = validateProject(realFiles());
const [first, second] = [dataset.results[0]!, dataset.results.find((r) => r.source !== dataset.results[0]!.source)!];
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

describe("comparing quotes with their articles", () => {
  // Articles written for this test: the first source's says its row's quote, the second's copy is missing.
  const fixture = (file: string) => (file === sources.get(first.source)!.archive ? `Mở đầu. ${first.quote}. Kết thúc.` : undefined);

  it("passes a quote that stands in its article, and reports a source without a copy apart, once", () => {
    const { problems, missing } = archiveQuotes({ ...dataset, results: [first, second, { ...second, line: second.line + 1 }] }, fixture, "archive/");
    expect(problems).toEqual([]);
    expect(missing).toEqual([expect.objectContaining({ file: second.file, line: second.line, message: expect.stringMatching(/not in archive\/: save the article there as .*, or set ARCHIVE_DIR/) })]);
  });

  it("reports a quote that is not in the article as written", () => {
    const { problems } = archiveQuotes({ ...dataset, results: [{ ...first, quote: `${first.quote} (sửa)` }] }, fixture);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/is not in the article .* as written/)]);
  });
});

describe.runIf(archiveTestsRun("quotes against the archived articles"))("every quote is the article's own words", () => {
  it("finds the archive", () => {
    expect(readArchived(sources.get(first.source)!.archive), `no copy of ${first.source} in ${ARCHIVE}: set ARCHIVE_DIR to the newsroom's copies`).toBeDefined();
  });

  it("finds every quote in its archived article, through the same check as npm run check", () => {
    expect(archiveQuotes(dataset, readArchived)).toEqual({ problems: [], missing: [] });
    expect(dataset.results.length).toBeGreaterThan(40);
  });
});
