import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { archiveQuotes } from "../../src/lib/data/archiveQuotes.ts";
import { ROOT, realFiles } from "../helpers/project.ts";

// The newsroom's archived copies of the articles live beside the repository (../shared/seeds), not in it:
// they are the publishers' text. ARCHIVE_DIR points elsewhere if a checkout keeps them in another place.
const ARCHIVE = resolve(ROOT, process.env.ARCHIVE_DIR ?? "../shared/seeds");

describe("every quote is the article's own words", () => {
  it("finds the archive beside the repository", () => {
    expect(existsSync(ARCHIVE), `no archive at ${ARCHIVE}: clone the repository next to shared/, or set ARCHIVE_DIR`).toBe(true);
  });

  const { dataset } = validateProject(realFiles());
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  it("finds every quote in its archived article, through the same check as npm run check", () => {
    const read = (file: string) => (existsSync(join(ARCHIVE, file)) ? readFileSync(join(ARCHIVE, file), "utf8") : undefined);
    expect(archiveQuotes(dataset, read)).toEqual([]);
    expect(dataset.results.length).toBeGreaterThan(40);
  });

  it("reports a quote that is not in the article, and an archive file that is missing", () => {
    const first = dataset.results[0];
    const second = dataset.results.find((r) => r.source !== first!.source);
    const changed = { ...dataset, results: [{ ...first!, quote: `${first!.quote} (sửa)` }, second!] };
    const problems = archiveQuotes(changed, (file) => (file === sources.get(second!.source)!.archive ? undefined : readFileSync(join(ARCHIVE, file), "utf8")));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/is not in the article .* as written/), expect.stringMatching(/is not in the archive folder/)]);
  });
});
