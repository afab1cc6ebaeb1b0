import { describe, expect, it } from "vitest";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for these tests; the numbers are invented.
const LAUNCHES = "Theo báo cáo bổ sung, các xã của tỉnh tổ chức 25 đợt phát động phong trào bảo vệ an ninh.";
const MODELS = "Theo báo cáo bổ sung, các xã của tỉnh lập 14 mô hình tự quản về an ninh trật tự.";

describe("the desk picks up where the editor left", () => {
  const suite = deskSuite();

  it("a reload keeps the chosen province and the draft", async () => {
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#s-outlet", "Báo Thử Nghiệm");
    await fill("#article-text", LAUNCHES);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await click("#card-0 .actions button >> nth=0");
    await page.reload();
    await page.waitForSelector("#cards .card");
    expect(await page.inputValue("#existing")).toBe("ha-tinh");
    expect(await page.isHidden("#new-name-row")).toBe(true);
    expect(await page.inputValue("#s-id")).toBe("ha-tinh-2");
    expect(await page.inputValue("#s-outlet")).toBe("Báo Thử Nghiệm");
    expect(await page.inputValue("#article-text")).toBe(LAUNCHES);
    expect(await page.getAttribute("#card-0", "class")).toContain("accepted");
    expect(await page.textContent("#draft-text")).toBe("Đã khôi phục bản nháp chưa lưu của tỉnh này.");
  });

  it("reopening a province after its article was saved shows that article, not a new one, until the editor adds another", async () => {
    const project = suite.setup.project;
    project.write("data/results/ha-tinh.csv", project.read("data/results/ha-tinh.csv").replace(/^models,.*\n/m, ""));
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await page.evaluate(() => localStorage.clear());
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", MODELS);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await click("#card-0 .actions button >> nth=0");
    await click("#save");
    await page.waitForFunction(() => /^Đã lưu/.test(document.getElementById("save-out")!.textContent!));
    expect(project.read("data/sources.csv")).toContain("ha-tinh-2,");
    // Reloaded, and opened again from the list: the saved article ha-tinh-2, to build and look at.
    for (const again of [() => page.reload(), async () => { await choose("#existing", "ha-tinh"); await click("#open"); }]) {
      await again();
      await page.waitForSelector("#cards .card");
      expect(await page.inputValue("#s-id")).toBe("ha-tinh-2");
      expect(await page.inputValue("#c0-value")).toBe("14");
      expect(await page.textContent("#draft-text")).toBe("Bài ha-tinh-2 của tỉnh này đã được lưu: dựng trang web để xem.");
      expect(await page.isDisabled("#save")).toBe(true);
      expect(await page.isVisible("#build")).toBe(true);
    }
    // The next article is the editor's choice.
    await click("#discard");
    await page.waitForFunction(() => (document.getElementById("s-id") as HTMLInputElement).value === "ha-tinh-3");
    expect(await page.isHidden("#step-figures")).toBe(true);
    expect(await page.isHidden("#draft-bar")).toBe(true);
  });
});
