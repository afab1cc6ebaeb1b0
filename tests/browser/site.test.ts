import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";
import { builtPages } from "../../src/site/builtPages.ts";

const dist = inject("dist");
const pages = builtPages(dist);
const site = withBrowserAndSite(dist);

describe("in Chromium", () => {
  it.each(pages.flatMap((p) => (["light", "dark"] as const).map((scheme) => [p || "/", scheme] as const)))(
    "%s has no axe violation in the %s scheme",
    async (path, scheme) => {
      const context = await site.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(site.url + (path === "/" ? "" : path));
      const { violations } = await new AxeBuilder({ page }).analyze();
      await context.close();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    },
  );

  it("opens a mark's provenance by keyboard, with the source's words, and closes it with Escape", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}so-sanh/`);
    let onMark = false;
    for (let i = 0; i < 80 && !onMark; i++) {
      await page.keyboard.press("Tab");
      onMark = await page.evaluate(() => Boolean(document.activeElement?.closest(".hits a")));
    }
    expect(onMark).toBe(true);
    const quote = await page.evaluate(() => document.activeElement!.getAttribute("data-quote"));
    expect(quote).toBeTruthy();
    const tip = page.locator("#chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(quote!);
    expect(await page.evaluate(() => document.activeElement!.getAttribute("aria-describedby"))).toBe("chart-tip");
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });

  it("shows every chart and its table with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}so-sanh/`);
    const figures = await page.locator("figure.chart").count();
    expect(figures).toBeGreaterThanOrEqual(5);
    expect(await page.locator("figure.chart svg.plot[role='img']:visible").count()).toBeGreaterThanOrEqual(figures);
    expect(await page.locator("figure.chart details table").count()).toBe(figures);
    // A mark is still a link: it opens the table at its row.
    const href = await page.locator(".chart-frame.wide .hits a").first().getAttribute("href");
    await page.locator(".chart-frame.wide .hits a").first().click();
    expect(await page.locator(`${href} th`).isVisible()).toBe(true);
    await context.close();
  });

  it.each(pages.map((p) => [p || "/"]))("%s does not scroll sideways at 360 px", async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url + (path === "/" ? "" : path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(360);
  });
});
