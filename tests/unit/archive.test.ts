import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
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

  it.each(dataset.results.map((r) => [`${r.file}:${r.line}`, r] as const))("%s quotes its article verbatim", (_, row) => {
    const archive = sources.get(row.source)!.archive;
    expect(archive, `source ${row.source} names no archived copy`).not.toBe("");
    const article = readFileSync(join(ARCHIVE, archive), "utf8");
    expect(article).toContain(row.quote);
  });
});
