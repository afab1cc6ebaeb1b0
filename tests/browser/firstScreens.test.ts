import { describe, expect, inject, it } from "vitest";
import { withBrowserAndSite } from "../helpers/site.ts";

const site = withBrowserAndSite(inject("dist"));

// A phone's screen, as the issue measures it: 360 × 740 px.
const PHONE = { width: 360, height: 740 };
const STORIES = ["tinh/ha-nam/", "tinh/ha-tinh/", "tinh/binh-thuan/", "tinh/thai-nguyen/", "en/provinces/ha-nam/", "en/provinces/ha-tinh/", "en/provinces/binh-thuan/", "en/provinces/thai-nguyen/"];

/** The distinct reported values (linked figures with a digit) whose top edge is above `bottom` px of the page, as a reader sees them. */
async function valuesAbove(page: import("playwright-core").Page, bottom: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const seen = new Set<string>();
    for (const a of document.querySelectorAll<HTMLElement>("main a")) {
      const box = a.getBoundingClientRect();
      const style = getComputedStyle(a);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || box.top + scrollY >= limit) continue;
      const text = a.textContent!.trim();
      // A reported value: a number (with its bound word) linked to the sentence that stated it.
      if (/\d/.test(text) && /#so-lieu-/.test(a.getAttribute("href") ?? "")) seen.add(text.replace(/\s+(tập thể|cá nhân|groups?|people|person)$/, ""));
    }
    return [...seen];
  }, bottom);
}

describe("the first screens on a phone", () => {
  it.each(["", "en/"])("home %s shows at least 8 distinct reported values in its first two screens", async (path) => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const values = await valuesAbove(page, 2 * PHONE.height);
    expect(values.length, values.join(" | ")).toBeGreaterThanOrEqual(8);
    // The first screen: a headline stating the finding, and the line on what the figures are, linked to the method.
    const h1 = await page.locator("h1").boundingBox();
    expect(h1!.y + h1!.height).toBeLessThan(PHONE.height);
    const framing = await page.locator(".hero .framing a").boundingBox();
    expect(framing!.y).toBeLessThan(PHONE.height);
    await context.close();
  });

  it.each(STORIES)("%s shows a headline of at least four words and a figure in its first screen", async (path) => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const headline = (await page.locator("h1").textContent())!.trim();
    expect(headline.split(/\s+/).length).toBeGreaterThanOrEqual(4);
    // The province stands above the headline as a kicker, not as the headline.
    expect(await page.locator(".story-header .kicker").textContent()).not.toBe(headline);
    expect((await valuesAbove(page, PHONE.height)).length).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it.each(["so-sanh/", "en/compare/"])("%s shows its headline and a reported figure in its first screen", async (path) => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const h1 = (await page.locator("h1").boundingBox())!;
    expect(h1.y + h1.height).toBeLessThan(PHONE.height);
    expect((await valuesAbove(page, PHONE.height)).length).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it.each([320, 360])("the header is at most 110 px tall at %i px, on one row of sections, with the provinces in its menu", async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: PHONE.height } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.locator("button.theme-switch").waitFor();
    const header = (await page.locator(".site-header").boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    // Nothing orphaned: the site's name on one line, every section on the row under it, none past the edge.
    const name = (await page.locator(".site-name").boundingBox())!;
    expect(name.height).toBeLessThan(50);
    const items = await page.locator(".site-header nav > ul > li").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
    expect(new Set(items.map((i) => Math.round(i.top))).size).toBe(1);
    for (const i of items) expect(i.right).toBeLessThanOrEqual(width);
    await page.locator(".nav-provinces summary").click();
    const provinces = await page.locator(".nav-provinces a").allTextContents();
    expect(provinces).toEqual(expect.arrayContaining(["Hà Nam", "Hà Tĩnh", "Bình Thuận", "Thái Nguyên"]));
    await context.close();
  });
});

describe("charts whose bars stand for numbers", () => {
  it.each(["so-sanh/", "en/compare/", "tinh/binh-thuan/"])("%s: every bar of a figure is drawn on the figure's one scale", async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + path);
    // px per unit of every bar, figure by figure: a bar's width over the number written after it on its line.
    const scales = await page.evaluate(() =>
      [...document.querySelectorAll("figure.chart")].map((figure) => {
        const ratios: number[] = [];
        for (const svg of figure.querySelectorAll(".fig-wide svg.plot")) {
          // Screen boxes: Plot places marks with transforms, so local boxes of a bar and its label do not compare.
          const texts = [...svg.querySelectorAll("text")].map((t) => ({ box: t.getBoundingClientRect(), value: Number((t.textContent ?? "").replace(/[^\d]/g, "")) }));
          for (const bar of svg.querySelectorAll<SVGRectElement>("g.bars rect")) {
            const b = bar.getBoundingClientRect();
            const middle = b.y + b.height / 2;
            const label = texts.find((t) => t.box.x >= b.x + b.width - 1 && Math.abs(t.box.y + t.box.height / 2 - middle) < b.height && t.value > 0);
            if (label) ratios.push(b.width / label.value);
          }
        }
        return { id: figure.id, ratios };
      }),
    );
    const barred = scales.filter((s) => s.ratios.length > 0);
    expect(barred.length).toBeGreaterThan(0);
    for (const { id, ratios } of barred) {
      const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
      expect(high - low, `${id}: ${ratios.map((r) => r.toFixed(2)).join(", ")} px per unit`).toBeLessThanOrEqual(0.02 * high + 0.5);
    }
    await context.close();
  });
});
