import { spawnSync } from "node:child_process";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuild, cleanEnv, copyProject, runScript } from "../helpers/project.ts";

// An editor's whole path, in a copy of the project: new-province, extract from an article, check, build.
// The copy has the defaults of a fresh clone: the archive is archive/ in the project, and nothing is in it yet
// (CI's ARCHIVE_DIR and REQUIRE_ARCHIVE are not passed on).
const FRESH = { ARCHIVE_DIR: "", REQUIRE_ARCHIVE: "" };
describe("adding a province with the editor's commands", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const run = (script: string, args: string[], input?: string) => runScript(project.dir, `scripts/${script}.ts`, args, { input, env: FRESH });

  // Written for this test, in the style of a provincial report; Đắk Thử is not a real province.
  const article = [
    "Tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc ở Đắk Thử",
    "Sáng 15/6, Công an tỉnh phối hợp Ủy ban MTTQ tỉnh tổng kết Chương trình phối hợp số 09 giai đoạn 2013-2023.",
    "Mười năm qua, toàn tỉnh xây dựng 45 mô hình “tự quản về an ninh trật tự”, tổ chức trên 120 đợt phát động với hơn 35.600 lượt người tham gia.",
    "Quần chúng nhân dân đã cung cấp 340 nguồn tin có giá trị cho cơ quan công an.",
    "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể, 15 cá nhân.",
    "Ảnh: Phóng viên",
  ].join("\n");

  it("creates the story, its English edition and the results file, and refuses to overwrite them", () => {
    const first = run("new-province", ["Đắk Thử"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("content/provinces/dak-thu.mdx");
    expect(first.stdout).toContain("content/en/provinces/dak-thu.mdx");
    expect(project.read("data/results/dak-thu.csv")).toBe("metric,value,qualifier,source,quote,note,note_en\n");
    const again = run("new-province", ["Đắk Thử"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("is refused by check while placeholders remain, naming file, line and column", () => {
    const check = run("check", []);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/content\/provinces\/dak-thu\.mdx:\d+:\d+ field "capital" still holds a placeholder/);
    expect(check.stderr).toMatch(/content\/en\/provinces\/dak-thu\.mdx:\d+:\d+ field "summary" still holds a placeholder/);
  });

  it("takes the article's figures with extract --to, as the README says, then passes check once the editor decides", () => {
    // A copy with no archive, as in a fresh clone: extract saves this article there itself, and check compares
    // its quotes and says plainly that the other provinces' articles are not there to compare.
    project.write("article.txt", article);
    // README step 2: the source's row, with the archive cell left for extract to fill.
    project.write("data/sources.csv", `${project.read("data/sources.csv")}dak-thu-1,dak-thu,Báo Thử Nghiệm,Tổng kết 10 năm ở Đắk Thử,2023-06-16,2023-06-15,,,,Bài viết cho bài kiểm thử.,Written for the test.\n`);
    // README step 3, literally, through npm: its "> extract" banner must not reach the file.
    const extracted = spawnSync("npm", ["run", "extract", "--", "--to", "dak-thu", "--source", "dak-thu-1", "article.txt"], { cwd: project.dir, encoding: "utf8", env: { ...cleanEnv(), ...FRESH } });
    expect(extracted.status, extracted.stderr).toBe(0);
    expect(extracted.stdout).toContain("Added 6 rows to data/results/dak-thu.csv:");
    expect(project.read("archive/dak-thu-1.txt")).toBe(`${article}`);
    expect(project.read("data/sources.csv")).toContain("dak-thu-1,dak-thu,Báo Thử Nghiệm,Tổng kết 10 năm ở Đắk Thử,2023-06-16,2023-06-15,,,dak-thu-1.txt,");
    const results = project.read("data/results/dak-thu.csv");
    expect(results.split("\n").filter((l) => l.startsWith("metric,"))).toHaveLength(1);
    expect(results).not.toMatch(/^>/m);
    expect(results).toContain("TODO:nguon_tin_co_gia_tri,340,exact,dak-thu-1,");

    const story = project
      .read("content/provinces/dak-thu.mdx")
      .replace("region: TODO vùng, ví dụ Đông Bắc Bộ", "region: Tây Nguyên")
      .replace("capital: TODO tỉnh lỵ", "capital: Buôn Thử")
      .replace("coordinates: { lat: TODO, lon: TODO }", "coordinates: { lat: 12.7, lon: 108.2 }")
      .replace("title: TODO tên sự kiện, bằng lời của chúng ta", "title: Hội nghị tổng kết 10 năm Chương trình 09")
      .replace("date: TODO", "date: 2023-06-15")
      .replace("headline: TODO tít của câu chuyện", "headline: Đắk Thử đếm mô hình theo cách riêng")
      .replace("TODO một đoạn tóm tắt bằng lời của chúng ta, không có con số", "Một tỉnh thử nghiệm, chỉ có trong bài kiểm thử.")
      .replace("sources: [TODO]", "sources: [dak-thu-1]")
      .replace("highlights: []", "highlights: [models]")
      .replace("province: TODO", "province: Đắk Thử")
      // The editor keeps the template's notes (a comment) and writes the story in their place.
      .replace(/\*\/\}\n[\s\S]*$/, '*/}\n\nĐắk Thử xây dựng <Fig metric="models" /> mô hình. <Reporters metric="campaign_launches" start /> đo phong trào bằng số đợt phát động.\n\n<Chart compare="campaigns" />\n');
    project.write("content/provinces/dak-thu.mdx", story);
    const english = project
      .read("content/en/provinces/dak-thu.mdx")
      .replace("region: TODO the region in English, e.g. Northeast", "region: Central Highlands")
      .replace("title: TODO the event in English, in our own words", "title: Review of ten years of Program 09")
      .replace("headline: TODO the story's headline in English", "headline: Đắk Thử counts models its own way")
      .replace("TODO one paragraph in English, in our own words, without figures", "A test province that exists only in this test.")
      .replace(/\*\/\}\n[\s\S]*$/, '*/}\n\nThe province built <Fig metric="models" /> models. <Reporters metric="campaign_launches" start /> counted campaign launches.\n\n<Chart compare="campaigns" />\n');
    project.write("content/en/provinces/dak-thu.mdx", english);
    // The row the extractor could not decide stops check at its metric cell until the editor decides it.
    const undecided = run("check", []);
    expect(undecided.status).toBe(1);
    expect(undecided.stderr).toMatch(/data\/results\/dak-thu\.csv:\d+:1 undecided row \(TODO\): the extractor proposes a new metric "nguon_tin_co_gia_tri"/);
    // The editor decides: tips are not a measure the site compares, so the row goes.
    project.write("data/results/dak-thu.csv", project.read("data/results/dak-thu.csv").replace(/^TODO:nguon_tin_co_gia_tri,.*\n/m, ""));
    const check = run("check", []);
    expect(check.status, check.stderr).toBe(0);
    // The new article's quotes are compared; the six older articles are not in this fresh archive, and check says so.
    expect(check.stderr).toMatch(/^Quotes NOT checked for 6 of 7 sources: their archived copy is not in archive\//);
    expect(check.stderr).not.toContain("dak-thu");
    expect(check.stdout).toMatch(/OK \(quotes checked where archive\/ has the article; 6 sources not checked, see above\): 5 provinces/);
  });

  it("builds, and the province shows up on its page and in the comparison with its figures", () => {
    // As in a fresh clone: the build verifies what archive/ holds, and CI's ARCHIVE_DIR (which lacks dak-thu-1) is not passed on.
    const build = astroBuild(project.dir, "dist", FRESH);
    expect(build.status, build.output).toBe(0);
    const compare = parseHTML(project.read("dist/so-sanh/index.html")).document;
    const models = compare.querySelector("#bd-mo-hinh .fig-wide svg")!;
    expect(models.getAttribute("aria-description")).toContain("Đắk Thử 45");
    expect(compare.querySelector("#bd-phat-dong")!.textContent).toContain("trên 35.600");
    expect(parseHTML(project.read("dist/index.html")).document.querySelector("#bd-bao-cao-gi table")!.textContent).toContain("Đắk Thử");
    // The side-by-side view grows by the new province, on the home and the comparison page.
    expect(compare.querySelector("#canh-nhau tbody")!.textContent).toContain("Đắk Thử");
    const page = parseHTML(project.read("dist/tinh/dak-thu/index.html")).document;
    expect(page.querySelector("#so-lieu-models td.value")!.textContent).toBe("45");
    expect(page.querySelector(".prose a.fig")!.textContent).toBe("45");
    expect(parseHTML(project.read("dist/index.html")).document.body.textContent).toContain("Đắk Thử");
    // Claims computed from the data take the new province in, on its page and on the others'.
    expect(page.querySelector(".prose .claim")!.textContent).toBe("Hà Tĩnh và Đắk Thử");
    expect(parseHTML(project.read("dist/tinh/ha-tinh/index.html")).document.querySelector('.prose .claim[data-subject="metric:campaign_launches"]')!.textContent).toBe("Hà Tĩnh và Đắk Thử");
    const en = parseHTML(project.read("dist/en/provinces/dak-thu/index.html")).document;
    expect(en.querySelector(".prose a.fig")!.textContent).toBe("45");
    expect(en.querySelector(".prose .claim")!.textContent).toBe("Hà Tĩnh and Đắk Thử");
    expect(parseHTML(project.read("dist/en/compare/index.html")).document.querySelector("#bd-phat-dong")!.textContent).toContain("more than 35,600");
  });
});
