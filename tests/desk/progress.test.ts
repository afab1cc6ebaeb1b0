import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for this test; the number is invented.
const LAUNCHES = "Theo báo cáo bổ sung, các xã của tỉnh tổ chức 25 đợt phát động phong trào bảo vệ an ninh.";

/** Holds the desk's answers to `path` until `release` is called, as a busy machine would (or answers `instead`). */
async function held(page: Page, path: string, instead?: { status: number; body: unknown }) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(`**${path}`, async (route) => {
    await gate;
    if (instead) await route.fulfill({ status: instead.status, contentType: "application/json", body: JSON.stringify(instead.body) });
    else await route.continue();
  });
  return () => release();
}

describe("the desk shows its progress", () => {
  const suite = deskSuite();

  it("while saving: a status line says so and Save waits; while building: the line says so and Build waits", async () => {
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", LAUNCHES);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await click("#card-0 .actions button >> nth=1");

    const saveDone = await held(page, "/api/save");
    await click("#save");
    await page.waitForFunction(() => document.getElementById("save-progress")!.textContent !== "");
    expect(await page.textContent("#save-progress")).toBe("Đang kiểm tra và lưu…");
    expect(await page.getAttribute("#save-progress", "role")).toBe("status");
    expect(await page.getAttribute("#save-progress", "aria-live")).toBe("polite");
    expect(await page.isDisabled("#save")).toBe(true);
    saveDone();
    await page.waitForFunction(() => document.getElementById("save-out")!.textContent !== "");
    expect(await page.textContent("#save-progress")).toBe("");

    // Not a real build (tests/desk/addProvince.test.ts runs one): an answer the test holds, then a failure.
    const buildDone = await held(page, "/api/build", { status: 500, body: { message: "held by the test" } });
    await click("#build");
    expect(await page.textContent("#build-out")).toMatch(/^Đang dựng trang/);
    expect(await page.getAttribute("#build-out", "aria-live")).toBe("polite");
    expect(await page.isDisabled("#build")).toBe(true);
    // A bar, and the build's own last line beside it, while it runs.
    expect(await page.isVisible("#build-progress progress")).toBe(true);
    buildDone();
    await page.waitForFunction(() => !(document.getElementById("build") as HTMLButtonElement).disabled);
    expect(await page.textContent("#build-out")).toContain("held by the test");
    expect(await page.isHidden("#build-progress")).toBe(true);
  });
});
