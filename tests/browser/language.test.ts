import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";

const dist = inject("dist");
const site = withBrowserAndSite(dist);

describe("the language switch", () => {
  it.each([
    ["", "en/"],
    ["tinh/ha-tinh/", "en/provinces/ha-tinh/"],
    ["so-sanh/", "en/compare/"],
    ["nguon-va-phuong-phap/", "en/sources-and-method/"],
    ["dinh-chinh/", "en/corrections/"],
    ["tim-kiem/", "en/search/"],
  ])("takes /%s to its English page /%s and back, by keyboard", async (vi, en) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + vi);
    await page.locator("a.lang-switch").focus();
    await Promise.all([page.waitForURL(site.url + en), page.keyboard.press("Enter")]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("a.lang-switch").textContent()).toBe("Tiếng Việt");
    await Promise.all([page.waitForURL(site.url + vi), page.locator("a.lang-switch").click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await context.close();
  });

  it("speaks the page's language in what the scripts add: the theme switch and the copy-link buttons", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}en/provinces/ha-nam/`);
    expect(await page.locator("button.theme-switch").textContent()).toBe("Theme: system");
    expect(await page.locator(".prose h2 + button.copy-link").first().textContent()).toBe("Copy link");
    await context.close();
  });

  it("serves the English 404 page for a missing English address", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}en/no-such-page/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    expect(await page.locator("a.lang-switch").getAttribute("href")).toBe("/");
    await context.close();
  });
});
