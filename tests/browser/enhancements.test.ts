import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";

const dist = inject("dist");
const site = withBrowserAndSite(dist);

describe("reader enhancements", () => {
  it("offers every chart as an SVG file that a browser opens without an error", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // The comparison page's charts and the home page's overview.
    const links: string[] = [];
    for (const path of ["so-sanh/", ""]) {
      await page.goto(`${site.url}${path}`);
      links.push(...(await page.locator('figure.chart a[href$=".svg"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))));
    }
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      await page.goto(link);
      expect(await page.evaluate(() => [document.documentElement.tagName, document.querySelector("parsererror")?.textContent ?? null])).toEqual(["svg", null]);
    }
    await context.close();
  });

  it("switches the theme, remembers it across pages, and applies it before the first paint", async () => {
    const context = await site.browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(site.url);
    expect(await background()).toBe("rgb(255, 255, 255)");
    const button = page.locator("button.theme-switch");
    expect(await button.textContent()).toBe("Giao diện: theo máy");
    await button.click();
    expect(await button.textContent()).toBe("Giao diện: sáng");
    await button.click();
    expect(await button.textContent()).toBe("Giao diện: tối");
    expect(await background()).toBe("rgb(18, 20, 23)");
    // On the next page the choice is applied by the inline script, before the module script runs.
    await page.goto(`${site.url}so-sanh/`, { waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.waitForLoadState("load");
    expect(await background()).toBe("rgb(18, 20, 23)");
    await page.locator("button.theme-switch").click();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem("theme")])).toEqual([undefined, null]);
    await context.close();
  });

  it("copies the link of a story section and of a chart", async () => {
    const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${site.url}tinh/ha-nam/`);
    const section = await page.locator(".prose h2[id]").first().getAttribute("id");
    await page.locator(".prose .copy-link").first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#${section}`, `${site.url}tinh/ha-nam/`).href);
    expect(await page.locator("[role=status]").textContent()).toBe("Đã sao chép liên kết.");
    // A chart's own link sits in its "data and sharing" disclosure.
    await page.goto(`${site.url}so-sanh/`);
    await page.locator("figure.chart .fig-share summary").first().click();
    await page.locator("figure.chart .copy-link").first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/so-sanh\/#bd-[\w-]+$/);
    await context.close();
  });
});
