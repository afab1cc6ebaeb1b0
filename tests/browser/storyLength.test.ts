import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";

const site = withBrowserAndSite(inject("dist"));

// A story is read on a phone: at 360 px Hà Nam's page was 18,500 px (23 screens) when its charts followed all
// of its prose and its every-figure table lay open. It must stay at most half that.
const MAX_HEIGHT = 9_250;

describe("a story on a phone", () => {
  it.each(["tinh/ha-nam/", "en/provinces/ha-nam/"])("%s is at most 9,250 px tall at 360 px, with its figures' table folded until a reader opens it", async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(MAX_HEIGHT);
    // Checking a number stays one tap away: a figure in the prose opens the folded table at its row.
    const link = page.locator(".prose a.fig").first();
    const target = (await link.getAttribute("href"))!.split("#")[1]!;
    await link.click();
    expect(await page.evaluate((id) => document.getElementById(id)!.closest("details")!.open, target)).toBe(true);
    expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target)).toBeLessThan(800);
    await context.close();
  });
});
