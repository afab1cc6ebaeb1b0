import { describe, expect, it } from "vitest";
import { deskPage, deskSuite } from "./deskPage.ts";

describe("choosing the province", () => {
  const suite = deskSuite();

  it("hides the new province's name when an existing province is picked, and shows it again for a new one", async () => {
    const { page, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await page.waitForSelector("#existing option[value='ha-tinh']", { state: "attached" });
    expect(await page.isVisible("#name")).toBe(true);
    await choose("#existing", "ha-tinh");
    expect(await page.isHidden("#new-name-row")).toBe(true);
    expect(await page.isHidden("#name")).toBe(true);
    await choose("#existing", "");
    expect(await page.isVisible("#name")).toBe(true);
  });
});
