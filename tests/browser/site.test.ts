import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";
import { builtPages } from "../../src/site/builtPages.ts";

const dist = inject("dist");
const pages = builtPages(dist);
const site = withBrowserAndSite(dist);

describe("in Chromium", () => {
  // One load per page for all three checks: the scheme and the width change in place, as a reader's would.
  it.each(pages.map((p) => [p || "/"]))("%s has no axe violation in the light and the dark scheme; at 320 px it does not scroll sideways, its controls are 44 px tall and its text at least 12 px", async (path) => {
    const context = await site.browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(site.url + (path === "/" ? "" : path));
    const violations: Record<string, string[]> = {};
    const backgrounds: Record<string, string> = {};
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      backgrounds[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const found = (await new AxeBuilder({ page }).analyze()).violations;
      violations[scheme] = found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    // The page's controls (header, buttons, form fields, disclosures), not links inside sentences or charts.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".site-header a, .site-header button, main button, main input, main summary, .theme-switch, .copy-link")]
        .filter((el) => el.getClientRects().length > 0 && !el.closest(".chart-data, .chart-embed, .sr-only"))
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().height)} px "${el.textContent!.trim().slice(0, 30)}"`),
    );
    // Every piece of visible text outside the drawings (SVG text is sized by its viewBox), as rendered.
    const tiny = await page.evaluate(() => {
      const found: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent!.trim() || el.closest("svg, .sr-only, script, style") || el.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) found.push(`${el.tagName.toLowerCase()}.${el.className}: ${size} px "${node.textContent!.trim().slice(0, 30)}"`);
      }
      return found;
    });
    await context.close();
    expect(backgrounds).toEqual({ light: "rgb(255, 255, 255)", dark: "rgb(18, 20, 23)" });
    expect(violations).toEqual({ light: [], dark: [] });
    expect(width).toBeLessThanOrEqual(320);
    expect(small).toEqual([]);
    expect(tiny).toEqual([]);
  });

  it.each([
    ["so-sanh/", null],
    ["en/compare/", "vi"],
  ])("on %s opens a mark's provenance by keyboard, with the source's words (lang %s), and closes it with Escape", async (path, quoteLang) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + path);
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
    expect(await tip.locator(".tip-quote").getAttribute("lang")).toBe(quoteLang);
    expect(await tip.locator(".tip-source").count()).toBe(1);
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
    // Models, campaigns, awards and the map (the overview of what each province reported is the home page's).
    expect(figures).toBeGreaterThanOrEqual(4);
    // And the side-by-side view, a table readable with JavaScript off.
    expect(await page.locator("#canh-nhau table tbody tr").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("figure.chart svg.plot[role='img']:visible").count()).toBeGreaterThanOrEqual(figures);
    expect(await page.locator("figure.chart details table").count()).toBe(figures);
    // A mark is still a link: from the keyboard it opens the table at its row (a tap or click shows its tip in place).
    const href = await page.locator(".fig-wide .hits a").first().getAttribute("href");
    await page.locator(".fig-wide .hits a").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(`${href} th`).isVisible()).toBe(true);
    await context.close();
  });
});
