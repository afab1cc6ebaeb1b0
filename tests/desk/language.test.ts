import { describe, expect, it } from "vitest";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for this test; the number is invented.
const MODELS = "Theo báo cáo bổ sung, các xã của tỉnh lập 14 mô hình tự quản về an ninh trật tự.";

describe("the desk says what it refuses in the interface's language", () => {
  const suite = deskSuite();

  /** Types a new province's name and presses Open; returns what shows beside the name. */
  const named = async (path: string, name: string) => {
    const { page, fill, click } = await deskPage(suite.browser, `${suite.setup.desk.url}${path}`);
    await fill("#name", name);
    await click("#open");
    await page.waitForFunction(() => document.getElementById("name-err")?.textContent);
    return page.textContent("#name-err");
  };

  it("a province that exists, or a name without letters: in Vietnamese at /, in English at /en/", async () => {
    expect(await named("", "Hà Tĩnh")).toBe("Tỉnh ha-tinh đã có: chọn tỉnh này trong danh sách.");
    expect(await named("", "!!!")).toBe("“!!!” không có chữ cái nào để làm slug: viết tên tỉnh bằng chữ.");
    expect(await named("en/", "Hà Tĩnh")).toBe("ha-tinh already exists: pick it from the list.");
  });

  it("check's refusal of a row is framed in Vietnamese, with check's own words and file:line:column after it", async () => {
    const project = suite.setup.project;
    project.write("data/results/ha-tinh.csv", project.read("data/results/ha-tinh.csv").replace(/^models,.*\n/m, ""));
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", MODELS);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await fill("#c0-value", "14 mô hình");
    await click("#card-0 .actions button >> nth=0");
    await click("#save");
    await page.waitForFunction(() => document.getElementById("c0-value-err")!.textContent);
    expect(await page.textContent("#save-out")).toMatch(/^Chưa ghi gì/);
    expect(await page.textContent("#c0-value-err")).toMatch(/^Kiểm tra \(npm run check, tiếng Anh\): .+ \(data\/results\/ha-tinh\.csv:\d+:\d+\)$/);
  });

  it("the desk's own refusal of a save is in Vietnamese, without check's framing", async () => {
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", MODELS);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await click("#card-0 .actions button >> nth=1");
    await click("#save");
    await page.waitForFunction(() => document.getElementById("other-problems")!.textContent);
    expect(await page.textContent("#other-problems li")).toBe("Chưa nhận số liệu nào: nhận ít nhất một đề xuất hoặc thêm một số liệu.");
  });
});
