import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { archiveReader } from "../../src/lib/data/archiveFolder.ts";
import { checkProject } from "../../src/lib/data/checkProject.ts";
import { DataError } from "../../src/lib/data/DataError.ts";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { loadProject } from "../../src/lib/data/loadProject.ts";
import { copyProject, edit, lineOf, problemsOf, realFiles } from "../helpers/project.ts";

// Issue 21, kind 5: check = build. The archive cell names a file of the archive folder and nothing else; check
// and the build (loadProject, which the content collections call) run the same verification.
const SOURCES = "data/sources.csv";
const HA_TINH = "002_4a8ed78d953e807b.txt";
const line = lineOf(realFiles().sources.text, HA_TINH);

describe("the archive cell of data/sources.csv", () => {
  it.each([
    ["empty", "", /the archive cell is empty: .*write its file name here/],
    ["a path out of the archive", "../../data/results/ha-nam.csv", /"\.\.\/\.\.\/data\/results\/ha-nam\.csv" is not a file of the archive folder: write the archived copy's file name alone/],
    ["an absolute path", "/etc/passwd", /is not a file of the archive folder/],
    ["a Windows path", "C:\\\\seeds\\\\002.txt", /is not a file of the archive folder/],
    ["a folder", "..", /is not a file of the archive folder/],
  ])("refuses %s at its file:line:column", (_, cell, says) => {
    const problems = problemsOf(edit(realFiles(), SOURCES, `,${HA_TINH},`, `,${cell},`));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${SOURCES}:${line}:\\d+ column "archive": .*${says.source}`))]);
  });

  it("is never read outside the archive folder, whatever the name", () => {
    const read = archiveReader(join(import.meta.dirname, "../../data"), "data/");
    expect(read("../package.json")).toBeUndefined();
    expect(read("results/ha-nam.csv")).toBeUndefined();
    expect(read("metrics.csv")).toEqual(expect.stringContaining("id,group"));
  });
});

describe("check and the build verify the same way", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const ha = project.read("data/results/ha-nam.csv");

  it("without any archive, nothing is compared and one line says why", () => {
    const checked = checkProject(project.dir, {});
    expect(checked.problems).toEqual([]);
    expect(checked.notice).toMatch(/^Quotes were NOT compared with their articles: there is no archive folder archive\/ \(set ARCHIVE_DIR/);
    expect(checked.notice).not.toContain("\n");
    expect(() => loadProject(project.dir, {})).not.toThrow();
  });

  it("where an archive is required and a copy is missing, both refuse", () => {
    const problems = checkProject(project.dir, { REQUIRE_ARCHIVE: "1" }).problems.map(formatProblem);
    // At the first citing row's source cell (1-based: one past the comma before it), not at the row's first column.
    const row = ha.split("\n").find((l) => l.includes(",ha-nam-1,"))!;
    const at = `data/results/ha-nam.csv:${lineOf(ha, ",ha-nam-1,")}:${row.indexOf(",ha-nam-1,") + 2}`;
    expect(problems).toContain(`${at} source "ha-nam-1" names the copy "000_a0017edc716a5e51.txt", which is not in archive/: save the article there as 000_a0017edc716a5e51.txt, or set ARCHIVE_DIR to the folder that holds the newsroom's copies`);
    expect(() => loadProject(project.dir, { REQUIRE_ARCHIVE: "1" })).toThrow(DataError);
  });

  it("a quote cropped out of its article is refused by check and by the build's loader alike", () => {
    // An archive of one article written for the test: ha-nam-2 says "trên 400 ổ nhóm", the row quotes it cropped.
    mkdirSync(join(project.dir, "archive"), { recursive: true });
    writeFileSync(join(project.dir, "archive", "003_c3177201d579e5fc.txt"), "Mở đầu bài viết thử.\nCông an tỉnh đã triệt phá trên 400 ổ nhóm tội phạm hình sự.\n");
    project.write("data/results/ha-nam.csv", ha.replace("criminal_gangs_dismantled,400,over,ha-nam-2,triệt phá trên 400 ổ nhóm tội phạm hình sự", "criminal_gangs_dismantled,400,exact,ha-nam-2,400 ổ nhóm tội phạm hình sự"));
    // At the quote cell: the row's words up to it and one past the comma before it.
    const edited = project.read("data/results/ha-nam.csv");
    const quoteColumn = edited.split("\n").find((l) => l.startsWith("criminal_gangs_dismantled,"))!.indexOf(",400 ổ nhóm") + 2;
    const at = `data/results/ha-nam.csv:${lineOf(edited, "criminal_gangs_dismantled")}:${quoteColumn}`;
    const refusal = `${at} the quote leaves out "trên" before it, which the article writes with 400: quote "trên 400 ổ nhóm tội phạm hình sự"`;
    const checked = checkProject(project.dir, {});
    expect(checked.problems.map(formatProblem)).toContain(refusal);
    expect(checked.notice).toMatch(/^Quotes NOT checked for \d+ of \d+ sources: their archived copy is not in archive\/\.$/);
    expect(() => loadProject(project.dir, {})).toThrow(refusal);
    project.write("data/results/ha-nam.csv", ha);
  });
});
