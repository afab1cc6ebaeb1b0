import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project.ts";

// The command an editor runs, in a copy of the project with a new province (made up for the test).
describe("npm run extract", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const run = (script: string, args: string[], input?: string) => runScript(project.dir, `scripts/${script}.ts`, args, { input, env: { ARCHIVE_DIR: "copies" } });
  const RESULTS = "data/results/dak-thu.csv";
  const HEADER = "metric,value,qualifier,source,quote,note,note_en\n";
  const article = "Đắk Thử tổng kết 10 năm Chương trình phối hợp số 09\nToàn tỉnh xây dựng 45 mô hình tự quản, 340 nguồn tin về tội phạm.\n";
  let sources = "";
  beforeAll(() => {
    expect(run("new-province", ["Đắk Thử"]).status).toBe(0);
    project.write("article.txt", article);
    sources = project.read("data/sources.csv");
  });

  it("without --to prints CSV, with undecided rows marked TODO, and writes nothing", () => {
    const out = run("extract", ["--source", "dak-thu-1", "article.txt"]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(`${HEADER}models,45,exact,dak-thu-1,45 mô hình tự quản,,\nTODO:nguon_tin_toi_pham,340,exact,dak-thu-1,340 nguồn tin về tội phạm,,\n`);
    expect(project.read(RESULTS)).toBe(HEADER);
    expect(existsSync(join(project.dir, "copies"))).toBe(false);
  });

  it("with --to, refuses a source that is not a slug or a province without a results file, writing nothing", () => {
    const bad = run("extract", ["--to", "dak-thu", "--source", "../x", "article.txt"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/"\.\.\/x" is not a source id/);
    const none = run("extract", ["--to", "dak-tho", "--source", "dak-tho-1", "article.txt"]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/There is no data\/results\/dak-tho\.csv: create the province first/);
    expect(project.read(RESULTS)).toBe(HEADER);
  });

  it("with --to, appends its rows, saves the article, and says which row sources.csv needs", () => {
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-1", "article.txt"]);
    expect(out.status, out.stderr).toBe(0);
    expect(project.read(RESULTS)).toBe(`${HEADER}models,45,exact,dak-thu-1,45 mô hình tự quản,,\nTODO:nguon_tin_toi_pham,340,exact,dak-thu-1,340 nguồn tin về tội phạm,,\n`);
    expect(out.stdout).toContain("Added 2 rows to data/results/dak-thu.csv:");
    expect(out.stdout).toContain("TODO:nguon_tin_toi_pham  exact 340  “340 nguồn tin về tội phạm”");
    // Issue 22: a proposed metric comes with the row of data/metrics.csv the extractor suggests.
    expect(out.stdout).toContain("new metric nguon_tin_toi_pham: group enforcement, unit count, label_vi “Nguồn tin tội phạm”, keywords_vi “nguồn tin về tội phạm”");
    expect(out.stdout).toContain("Saved the article's text as copies/dak-thu-1.txt.");
    expect(project.read("copies/dak-thu-1.txt")).toBe(article);
    expect(out.stderr).toContain("dak-thu-1 has no row in data/sources.csv yet. Add this line");
    expect(out.stderr).toContain("\n  dak-thu-1,dak-thu,,,,,,,dak-thu-1.txt,,");
    expect(project.read("data/sources.csv")).toBe(sources);
  });

  it("run again, adds nothing; once the source has a row, records the copy's name in it", () => {
    project.write("data/sources.csv", `${sources}dak-thu-1,dak-thu,Báo Thử,,,,,,,,\n`);
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-1"], article);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain("Added 0 rows to data/results/dak-thu.csv (2 already there, left as they were)");
    expect(out.stdout).toContain("The article is already in the archive as copies/dak-thu-1.txt.");
    expect(project.read(RESULTS).split("\n")).toHaveLength(4);
    expect(project.read("data/sources.csv")).toBe(`${sources}dak-thu-1,dak-thu,Báo Thử,,,,,,dak-thu-1.txt,,\n`);
  });

  it("never overwrites another name in sources.csv, and says so", () => {
    project.write("data/sources.csv", `${sources}dak-thu-1,dak-thu,Báo Thử,,,,,,000_khac.txt,,\n`);
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-1", "article.txt"]);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(`data/sources.csv names "000_khac.txt" as the archived copy of dak-thu-1, not dak-thu-1.txt: left it as it is.`);
    expect(project.read("data/sources.csv")).toContain("000_khac.txt");
  });

  it("refuses a different article under the same source id, writing nothing", () => {
    const before = project.read(RESULTS);
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-1"], "Một bài khác: toàn tỉnh có 12 cụm an ninh.\n");
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/copies\/dak-thu-1\.txt already holds a different text: nothing was written/);
    expect(project.read(RESULTS)).toBe(before);
    expect(project.read("copies/dak-thu-1.txt")).toBe(article);
  });

  it("keeps a results file's Windows line endings and ends its last line", () => {
    project.write(RESULTS, HEADER.replace("\n", "\r\n") + "models,45,exact,dak-thu-1,45 mô hình tự quản,,");
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-1", "article.txt"]);
    expect(out.status, out.stderr).toBe(0);
    expect(project.read(RESULTS)).toBe(`${HEADER.replace("\n", "\r\n")}models,45,exact,dak-thu-1,45 mô hình tự quản,,\r\nTODO:nguon_tin_toi_pham,340,exact,dak-thu-1,340 nguồn tin về tội phạm,,\r\n`);
  });
  it("refuses an article that is not UTF-8 (here Windows-1258), archiving and writing nothing", () => {
    const before = project.read(RESULTS);
    writeFileSync(join(project.dir, "article-1258.txt"), Buffer.from("B\xe1o Nh\xe2n D\xe2n: 12 m\xf4 h\xecnh.\n", "latin1"));
    const out = run("extract", ["--to", "dak-thu", "--source", "dak-thu-2", "article-1258.txt"]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^article-1258\.txt:1:2 the file is not UTF-8 text: .*legacy code page.*save the article as UTF-8 text/);
    expect(project.read(RESULTS)).toBe(before);
    expect(existsSync(join(project.dir, "copies/dak-thu-2.txt"))).toBe(false);
  });
});
