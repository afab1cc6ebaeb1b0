import { mkdtempSync, rmSync, writeFileSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { archiveQuotes } from "../../src/lib/data/archiveQuotes.ts";
import { DataError } from "../../src/lib/data/DataError.ts";
import { decodeText, firstInvalidUtf8, firstNonNfc } from "../../src/lib/data/decodeText.ts";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import { formatProblem, sortProblems } from "../../src/lib/data/Problem.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { archiveReader } from "../../scripts/lib/archiveDir.ts";
import { edit, fileAt, lineOf, realFiles, ROOT } from "../helpers/project.ts";

const SOURCES = "data/sources.csv";
const HA_TINH = "data/results/ha-tinh.csv";
const STORY = "content/provinces/ha-tinh.mdx";
const EN = "content/en/provinces/ha-tinh.mdx";

/** A copy of the project's editor files in a temporary folder, to write bytes into. */
function projectDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "c09-files-"));
  for (const entry of ["data", "content"]) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** The problems readProjectFiles throws for a project folder, formatted; an empty list when it reads. */
function readProblems(dir: string): string[] {
  try {
    readProjectFiles(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe("every editor's file is UTF-8 text", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const withBytes = (path: string, bytes: Uint8Array | string) => {
    const dir = projectDir();
    dirs.push(dir);
    writeFileSync(join(dir, path), bytes);
    return readProblems(dir);
  };
  const sources = readProjectFiles(ROOT).sources.text;
  const line = lineOf(sources, "ha-tinh-1,");

  it("reads the real project, a byte-order mark included", () => {
    expect(readProblems(ROOT)).toEqual([]);
    expect(withBytes(SOURCES, `\uFEFF${sources}`)).toEqual([]);
  });

  it("refuses sources.csv saved as Windows-1258, at the first byte that is not UTF-8", () => {
    // "Báo Nhân Dân": á and â are single bytes (E1, E2) in Windows-1258, as in Latin-1.
    const lines = sources.split("\n");
    lines[line - 1] = lines[line - 1]!.replace("ha-tinh,,", "ha-tinh,Báo Nhân Dân,");
    const text = lines.join("\n").replace(/[^\x00-\xff]/g, "?");
    // The first letter beyond ASCII is the first byte that is not UTF-8.
    const first = text.search(/[^\x00-\x7f]/);
    const before = text.slice(0, first).split("\n");
    const at = `${before.length}:${before.at(-1)!.length + 1}`;
    expect(withBytes(SOURCES, Buffer.from(text, "latin1"))).toEqual([
      expect.stringMatching(new RegExp(`^data/sources\\.csv:${at} the file is not UTF-8 text: .*Windows-1258 or another legacy code page.*save as UTF-8 CSV`)),
    ]);
    expect(withBytes(SOURCES, Buffer.from(`source,x\nB\xe1o Nh\xe2n D\xe2n\n`, "latin1"))).toEqual([expect.stringMatching(/^data\/sources\.csv:2:2 the file is not UTF-8 text/)]);
  });

  it.each([
    ["an .xlsx renamed .csv", Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"), /:1:1 .*looks like an Excel workbook \(\.xlsx\).*save as UTF-8 CSV/],
    ["an old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /:1:1 .*old Excel workbook \(\.xls\).*save as UTF-8 CSV/],
    ["UTF-16 with its byte-order mark", Buffer.from(`\uFEFF${sources}`, "utf16le"), /:1:1 .*looks like UTF-16.*save as UTF-8 CSV/],
    ["UTF-16 without one", Buffer.from(sources, "utf16le"), /:1:2 .*looks like UTF-16.*save as UTF-8 CSV/],
    ["a NUL byte", `${sources.slice(0, 10)}\0${sources.slice(10)}`, /:1:11 .*holds a NUL byte.*save as UTF-8 CSV/],
    ["replacement characters", sources.replace("ha-tinh,,", "ha-tinh,B\uFFFDo Nh\uFFFDn D\uFFFDn,"), new RegExp(`:${line}:20 the file holds a replacement character.*copy the text again from the original`)],
  ])("refuses %s with what it looks like", (_, bytes, message) => {
    expect(withBytes(SOURCES, bytes)).toEqual([expect.stringMatching(new RegExp(`^data/sources\\.csv${message.source}`))]);
  });

  it("refuses an English story in Windows-1258 with its file and line, and says save as UTF-8", () => {
    const text = readProjectFiles(ROOT).translations.find((f) => f.path === EN)!.text;
    const bytes = Buffer.from(text.replace("region: North Central Coast", "region: Bắc Trung Bộ").replace(/[^\x00-\xff]/g, (c) => (c === "ắ" ? "\xe1" : "?")), "latin1");
    expect(withBytes(EN, bytes)).toEqual([expect.stringMatching(/^content\/en\/provinces\/ha-tinh\.mdx:3:10 the file is not UTF-8 text: .*legacy code page.*save as UTF-8 \(/)]);
  });

  it("reads a results file in decomposed Unicode (NFD) as the same words, so no advice depends on the form", () => {
    const dir = projectDir();
    dirs.push(dir);
    const text = readProjectFiles(ROOT).results.find((f) => f.path === HA_TINH)!.text;
    writeFileSync(join(dir, HA_TINH), text.normalize("NFD"));
    const files = readProjectFiles(dir);
    expect(fileAt(files, HA_TINH).text).toBe(text);
    expect(validateProject(files).problems).toEqual([]);
  });

  it("refuses a story in decomposed Unicode (NFD) with its own message, at the first decomposed letter", () => {
    const text = readProjectFiles(ROOT).stories.find((f) => f.path === STORY)!.text;
    const problems = withBytes(STORY, text.replace("name: Hà Tĩnh", "name: Ha\u0300 Tĩnh"));
    expect(problems).toEqual([expect.stringMatching(/^content\/provinces\/ha-tinh\.mdx:2:8 these letters are stored decomposed \(Unicode NFD.*composed form \(NFC\)/)]);
  });

  it("finds the first ill-formed UTF-8 sequence: overlong, surrogate, truncated", () => {
    expect(firstInvalidUtf8(Buffer.from("Hà Tĩnh ✓ 😀"))).toBeUndefined();
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe1, 0xbb]))).toBe(2);
    expect(firstNonNfc("a\nHà")).toBeUndefined();
    expect(firstNonNfc("a\nHa\u0300")).toEqual({ line: 2, column: 2 });
    expect(decodeText(Buffer.from("\uFEFFa,b\n"), "x.csv", "csv")).toEqual({ text: "a,b\n" });
  });

  it("compares quotes with archived articles in NFC on both sides, and refuses a copy that is not UTF-8", () => {
    const dir = mkdtempSync(join(tmpdir(), "c09-archive-"));
    dirs.push(dir);
    const { dataset } = validateProject(realFiles());
    const row = dataset.results.find((r) => r.source === "ha-tinh-1")!;
    const copy = dataset.sources.find((s) => s.id === "ha-tinh-1")!.archive;
    writeFileSync(join(dir, copy), `Mở đầu. ${row.quote.normalize("NFD")}. Hết.`);
    const one = { ...dataset, results: [row] };
    expect(archiveQuotes(one, archiveReader(dir, "archive/")).problems).toEqual([]);
    writeFileSync(join(dir, copy), Buffer.from(`Mo dau. B\xe1o.`, "latin1"));
    expect(archiveQuotes(one, archiveReader(dir, "archive/")).problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^archive/${copy}:1:10 the file is not UTF-8 text: .*legacy code page`)),
    ]);
  });
});

describe("CSV cells", () => {
  it.each([
    [SOURCES, "ha-tinh,,Có giải pháp", "ha-tinh,,todo: tên bài", "title"],
    [SOURCES, "2023-05-24,Thuỳ Dương", "2023-05-24,TODO", "author"],
    [HA_TINH, "Cộng dồn 10 năm.,A ten-year", "Cộng dồn 10 năm (Todo kiểm tra).,A ten-year", "note"],
    [HA_TINH, "A ten-year cumulative total.", "TODO", "note_en"],
    ["data/metrics.csv", "campaign_launches,campaigns,", "campaign_launches,campaigns,", "label_vi"],
  ])("refuses TODO in any case in %s, column %s", (path, from, to, column) => {
    let files = edit(realFiles(), path, from, to);
    if (column === "label_vi") {
      const f = fileAt(files, path);
      f.text = f.text.replace(/^(campaign_launches,campaigns,)[^,]*/m, "$1Todo");
      files = { ...files };
    }
    const { problems } = validateProject(files);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^${path}:\\d+:\\d+ column "${column}" still says "todo": write the real text in its place`, "i"))]);
  });

  it("refuses TODO in corrections and edition, and keeps the extractor's own message for an undecided metric", () => {
    const files = realFiles();
    files.corrections = { path: "data/corrections.csv", text: "date,province,metric,source,from,to,reason,reason_en\n2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,TODO,Mistyped.\n" };
    expect(validateProject(files).problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/corrections\.csv:2:\d+ column "reason" still says "TODO"/)]);
    const edition = { ...realFiles(), edition: { path: "data/edition.csv", text: "published,updated\n2026-11-22,todo\n" } };
    expect(validateProject(edition).problems.map(formatProblem)).toEqual(['data/edition.csv:2:12 column "updated" still says "todo": write the real text in its place (nothing marked TODO is published)']);
    const undecided = edit(realFiles(), HA_TINH, "campaign_launches,366", "TODO:campaign_lunches,366");
    expect(validateProject(undecided).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^undecided row \(TODO\): the extractor proposes a new metric "campaign_lunches"/)]);
  });

  it("reads a file whose lines end in CRLF and LF mixed as it looks, with every line where it is", () => {
    const t = parseCsv("metric,value\r\nmodels,83\nawards,5\r\nx,1\n", "f.csv");
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [2, ["models", "83"]],
      [3, ["awards", "5"]],
      [4, ["x", "1"]],
    ]);
    // Excel for Mac's "CSV (Macintosh)" ends lines with CR alone.
    expect(parseCsv("a,b\r1,2\r3,4\r", "f.csv").rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([[2, ["1", "2"]], [3, ["3", "4"]]]);
    // A line break inside a quoted cell is the cell's own text, and stays as written.
    expect(parseCsv('a,b\r\n"x\r\ny",1\n', "f.csv").rows[0]!.cells.map((c) => c.text)).toEqual(["x\r\ny", "1"]);
    const files = realFiles();
    const f = fileAt(files, HA_TINH);
    f.text = f.text.replace("\n", "\r\n");
    expect(validateProject(files).problems).toEqual([]);
  });
});

describe("a row of an invalid source", () => {
  it("gets no false 'names no archived copy' besides its own problem", () => {
    const files = edit(realFiles(), SOURCES, ",2023-06,2023-05-24,", ",6/2023,2023-05-24,");
    const { dataset, problems } = validateProject(files);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/column "published": "6\/2023" is not a date/)]);
    const archived = archiveQuotes(dataset, () => undefined);
    expect(archived.missing.map((p) => p.message)).not.toContainEqual(expect.stringMatching(/"ha-tinh-1"/));
  });
});

describe("story frontmatter", () => {
  const only = (files: ReturnType<typeof realFiles>) => sortProblems(validateProject(files).problems).map(formatProblem);

  it("refuses a decimal comma in coordinates, written in a flow map or a block", () => {
    let files = edit(realFiles(), STORY, "coordinates: { lat: 18.34, lon: 105.91 }", "coordinates: { lat: 18,34, lon: 105,91 }");
    expect(only(files)).toEqual([
      `${STORY}:6:21 field "coordinates.lat" has a decimal comma (18,34), which YAML does not read as one number: write 18.34`,
      `${STORY}:6:33 field "coordinates.lon" has a decimal comma (105,91), which YAML does not read as one number: write 105.91`,
    ]);
    files = edit(realFiles(), STORY, "coordinates: { lat: 18.34, lon: 105.91 }", "coordinates:\n  lat: 18,34\n  lon: 105.91");
    expect(only(files)).toEqual([`${STORY}:7:8 field "coordinates.lat" has a decimal comma (18,34), which YAML does not read as one number: write 18.34`]);
    // Decimals in falling order: each is paired with the number it follows in the file, not by sorting.
    files = edit(realFiles(), STORY, "coordinates: { lat: 18.34, lon: 105.91 }", "coordinates: { lat: 18,91, lon: 105,34 }");
    expect(only(files)).toEqual([expect.stringMatching(/:6:21 field "coordinates.lat" has a decimal comma \(18,91\).*write 18\.91$/), expect.stringMatching(/:6:33 field "coordinates.lon" has a decimal comma \(105,34\).*write 105\.34$/)]);
    // Decimals with a leading zero, which YAML reads as the field "5": the advice keeps them as written.
    files = edit(realFiles(), STORY, "coordinates: { lat: 18.34, lon: 105.91 }", "coordinates: { lat: 18,05, lon: 105.91 }");
    expect(only(files)).toEqual([expect.stringMatching(/:6:21 field "coordinates.lat" has a decimal comma \(18,05\).*write 18\.05$/)]);
  });

  it("refuses an unknown field with 'did you mean', at any level", () => {
    let files = edit(realFiles(), STORY, "highlights:", "hightlights:");
    expect(only(files)).toEqual([expect.stringMatching(/:16:14 field "hightlights" is not a field of a story\. Did you mean "highlights"\? The fields there are name, slug, .*: correct its name, or delete the line/)]);
    files = edit(realFiles(), STORY, "  province: Hà Tĩnh", "  province: Hà Tĩnh\n  merged: []");
    expect(only(files)).toEqual([expect.stringMatching(/:19:11 field "after_2025\.merged" is not a field of a story under after_2025\. The fields there are province, merged_with/)]);
  });

  it("words an English story's extra field for what it is: shared with the Vietnamese story, or unknown", () => {
    let files = edit(realFiles(), EN, "slug: ha-tinh\n", "slug: ha-tinh\ncapital: Ha Tinh\n");
    expect(only(files)).toEqual([`${EN}:3:10 field "capital" belongs to the Vietnamese story only (the English edition shares it from there): delete the line`]);
    files = edit(realFiles(), EN, "region:", "regoin:");
    expect(only(files)).toContainEqual(expect.stringMatching(/:3:9 field "regoin" is not a field of an English story\. Did you mean "region"\? The fields there are slug, region, event, headline, counts, summary/));
  });

  it("refuses two provinces with one name, and a highlight listed twice, at the repeat", () => {
    let files = edit(realFiles(), "content/provinces/ha-nam.mdx", "name: Hà Nam", "name: Hà Tĩnh");
    expect(only(files)).toContainEqual(expect.stringMatching(/^content\/provinces\/ha-tinh\.mdx:2:7 the name "Hà Tĩnh" is already the name of content\/provinces\/ha-nam\.mdx: each province has its own name/));
    files = edit(realFiles(), STORY, "highlights: [campaign_launches, campaign_participant_turns]", "highlights: [campaign_launches, campaign_participant_turns, campaign_launches]");
    expect(only(files)).toEqual([`${STORY}:16:61 "campaign_launches" is already a highlight (line 16): list each metric once`]);
  });
});

describe("data/corrections.csv", () => {
  const withLog = (rows: string, edition = "published,updated\n2024-01-01,2024-06-01\n") => {
    const files = realFiles();
    files.corrections = { path: "data/corrections.csv", text: `date,province,metric,source,from,to,reason,reason_en\n${rows}` };
    files.edition = { path: "data/edition.csv", text: edition };
    return validateProject(files);
  };
  const ROW = "2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,Nhập nhầm.,Mistyped.";

  it("accepts a correction dated on or before the latest update", () => {
    expect(withLog(`${ROW}\n`).problems).toEqual([]);
    expect(withLog(`${ROW.replace("2024-03-01", "2024-06-01")}\n`).problems).toEqual([]);
  });

  it("refuses a correction dated after the latest update", () => {
    expect(withLog(`${ROW.replace("2024-03-01", "2099-12-31")}\n`).problems.map(formatProblem)).toEqual([
      "data/corrections.csv:2:1 the correction is dated 2099-12-31, after the site's latest update (2024-06-01 in data/edition.csv): write the day it was published, and set updated in data/edition.csv to that day",
    ]);
  });

  it("refuses 'from' equal to 'to'", () => {
    expect(withLog(`${ROW.replace("360,366", "366,366")}\n`).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/corrections\.csv:2:\d+ "from" and "to" are both 366: a correction changes a figure/),
    ]);
  });

  it("refuses a figure corrected twice on one day, so every correction has its own anchor", () => {
    const { problems, dataset } = withLog(`${ROW}\n${ROW}\n`);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/corrections\.csv:3:1 line 2 already corrects this figure \(campaign_launches from ha-tinh-1\) on 2024-03-01/)]);
    expect(dataset.corrections).toHaveLength(1);
  });
});

describe("the folder of a project", () => {
  it("lists every missing file at once", () => {
    const dir = mkdtempSync(join(tmpdir(), "c09-empty-"));
    mkdirSync(join(dir, "data"));
    try {
      expect(readProblems(dir)).toContainEqual(expect.stringMatching(/^data\/metrics\.csv:1:1 is missing/));
      expect(readProblems(dir)).toContainEqual(expect.stringMatching(/^content\/provinces:1:1 is missing/));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
