import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuild, cleanEnv, copyProject, ROOT } from "../helpers/project.ts";

// An editor's whole path, in a copy of the project: new-province, extract from an article, check, build.
describe("adding a province with the editor's commands", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const run = (script: string, args: string[], input?: string) =>
    spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: project.dir, encoding: "utf8", input, env: { ...cleanEnv(), ARCHIVE_DIR: "archive" } });

  // Written for this test, in the style of a provincial report; Đắk Thử is not a real province.
  const article = [
    "Tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc ở Đắk Thử",
    "Sáng 15/6, Công an tỉnh phối hợp Ủy ban MTTQ tỉnh tổng kết Chương trình phối hợp số 09 giai đoạn 2013-2023.",
    "Mười năm qua, toàn tỉnh xây dựng 45 mô hình “tự quản về an ninh trật tự”, tổ chức trên 120 đợt phát động với hơn 35.600 lượt người tham gia.",
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

  it("takes the article's figures from extract, then passes check", () => {
    // The editor keeps the article in the newsroom's archive, so check can find every quote in it.
    mkdirSync(join(project.dir, "archive"));
    for (const file of readdirSync(join(ROOT, "..", "shared", "seeds"))) copyFileSync(join(ROOT, "..", "shared", "seeds", file), join(project.dir, "archive", file));
    project.write("archive/dak-thu.txt", article);
    project.write("data/sources.csv", `${project.read("data/sources.csv")}dak-thu-1,dak-thu,Báo Thử Nghiệm,Tổng kết 10 năm ở Đắk Thử,2023-06-16,2023-06-15,,,dak-thu.txt,Bài viết cho bài kiểm thử.,Written for the test.\n`);
    const extracted = run("extract", ["--source", "dak-thu-1"], article);
    expect(extracted.status, extracted.stderr).toBe(0);
    const rows = extracted.stdout.trim().split("\n").slice(1);
    expect(rows).toHaveLength(5);
    project.write("data/results/dak-thu.csv", `${project.read("data/results/dak-thu.csv")}${rows.join("\n")}\n`);

    const story = project
      .read("content/provinces/dak-thu.mdx")
      .replace("region: TODO vùng, ví dụ Đông Bắc Bộ", "region: Tây Nguyên")
      .replace("capital: TODO tỉnh lỵ", "capital: Buôn Thử")
      .replace("coordinates: { lat: TODO, lon: TODO }", "coordinates: { lat: 12.7, lon: 108.2 }")
      .replace("title: TODO tên sự kiện, bằng lời của chúng ta", "title: Hội nghị tổng kết 10 năm Chương trình 09")
      .replace("date: TODO", "date: 2023-06-15")
      .replace("TODO một đoạn tóm tắt bằng lời của chúng ta, không có con số", "Một tỉnh thử nghiệm, chỉ có trong bài kiểm thử.")
      .replace("sources: [TODO]", "sources: [dak-thu-1]")
      .replace("highlights: []", "highlights: [models]")
      .replace("province: TODO", "province: Đắk Thử")
      .replace(/## TODO[\s\S]*$/, '## Đắk Thử đã báo cáo những gì\n\nTỉnh xây dựng <Fig metric="models" /> mô hình.\n');
    project.write("content/provinces/dak-thu.mdx", story);
    const english = project
      .read("content/en/provinces/dak-thu.mdx")
      .replace("region: TODO the region in English, e.g. Northeast", "region: Central Highlands")
      .replace("title: TODO the event in English, in our own words", "title: Review of ten years of Program 09")
      .replace("TODO one paragraph in English, in our own words, without figures", "A test province that exists only in this test.")
      .replace(/## TODO[\s\S]*$/, '## What Đắk Thử reported\n\nThe province built <Fig metric="models" /> models.\n');
    project.write("content/en/provinces/dak-thu.mdx", english);
    const check = run("check", []);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/OK \(quotes checked against the archive\): 5 provinces/);
  });

  it("builds, and the province shows up on its page and in the comparison with its figures", () => {
    const build = astroBuild(project.dir);
    expect(build.status, build.output).toBe(0);
    const compare = parseHTML(project.read("dist/so-sanh/index.html")).document;
    const models = compare.querySelector("#bd-mo-hinh .fig-wide svg")!;
    expect(models.getAttribute("aria-description")).toContain("Đắk Thử 45");
    expect(compare.querySelector("#bd-phat-dong")!.textContent).toContain("trên 35.600");
    expect(compare.querySelector("#bd-bao-cao-gi table")!.textContent).toContain("Đắk Thử");
    const page = parseHTML(project.read("dist/tinh/dak-thu/index.html")).document;
    expect(page.querySelector("#so-lieu-models td.value")!.textContent).toBe("45");
    expect(page.querySelector(".prose a.fig")!.textContent).toBe("45");
    expect(parseHTML(project.read("dist/index.html")).document.body.textContent).toContain("Đắk Thử");
    const en = parseHTML(project.read("dist/en/provinces/dak-thu/index.html")).document;
    expect(en.querySelector(".prose a.fig")!.textContent).toBe("45");
    expect(parseHTML(project.read("dist/en/compare/index.html")).document.querySelector("#bd-phat-dong")!.textContent).toContain("more than 35,600");
  });
});
