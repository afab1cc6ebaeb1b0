import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { toPng } from "../../src/charts/toPng.ts";
import { CSP } from "../../src/site/securityHeaders.ts";
import { withBrowserAndSite } from "../helpers/site.ts";

const dist = inject("dist");
// Served under the site's strict policy, as a host with the _headers file would.
const site = withBrowserAndSite(dist, { "Content-Security-Policy": CSP });

/** Width and height in px of a PNG file, from its IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe("a chart's PNG, drawn in the reader's browser", () => {
  it("is offered only with JavaScript: without it the figure offers its CSV and SVG, and no dead button", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}so-sanh/`);
    const figure = page.locator("figure.chart").first();
    await figure.locator("summary").click();
    expect(await figure.locator('.fig-downloads a[href$=".svg"]').isVisible()).toBe(true);
    expect(await figure.locator(".fig-downloads button").isVisible()).toBe(false);
    await context.close();
  });

  it("downloads at 1344 px wide, in the site's typeface, the same drawing the build's renderer makes of the SVG file", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${site.url}so-sanh/`);
    const figure = page.locator("figure.chart").first();
    await figure.locator("summary").click();
    const svgHref = await figure.locator('.fig-downloads a[href$=".svg"]').getAttribute("href");
    const button = figure.locator(".fig-downloads button");
    expect(await button.textContent()).toBe("Ảnh (PNG)");
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe(svgHref!.split("/").at(-1)!.replace(/\.svg$/, ".png"));
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");

    // The build's renderer draws the same file with Be Vietnam Pro and nothing else. Where the browser drew its
    // text in another typeface (the fonts not embedded, or not loaded in time), the words fall elsewhere.
    const svg = readFileSync(`${dist}${svgHref}`, "utf8");
    const reference = toPng(svg, 1344);
    expect(pngSize(png)).toEqual(pngSize(reference));
    const differing = await page.evaluate(async ([a, b]) => {
      const pixels = async (base64: string) => {
        // An image, not fetch(): the policy allows data: images and no data: connections.
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const context = new OffscreenCanvas(image.width, image.height).getContext("2d")!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await pixels(a!), await pixels(b!)];
      let count = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 192) count++;
      return count / (x.length / 4);
    }, [png.toString("base64"), reference.toString("base64")]);
    // Measured: 0.7 % with the fonts embedded (edges drawn a little differently), 6 % without them.
    expect(differing).toBeLessThan(0.02);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives the SVG instead when the drawing code cannot load (offline, say)", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.url}so-sanh/`);
    // The page's scripts have run; from now on no script file arrives, so the drawer cannot load.
    await page.route("**/_astro/*.js", (route) => route.abort());
    const figure = page.locator("figure.chart").first();
    await figure.locator("summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), figure.locator(".fig-downloads button").click()]);
    expect(download.suggestedFilename()).toMatch(/^bd-[\w-]+\.svg$/);
    await context.close();
  });

  it("says so, in the page's language, when the PNG cannot be drawn, and lets the reader try again", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}en/compare/`);
    await page.route("**/*.svg", (route) => route.fulfill({ status: 500, body: "" }));
    const figure = page.locator("figure.chart").first();
    await figure.locator("summary").click();
    const button = figure.locator(".fig-downloads button");
    await button.click();
    await expect.poll(() => figure.locator(".fig-downloads [role=status]").textContent()).toBe(" Could not draw the PNG: download the SVG.");
    expect(await button.getAttribute("aria-disabled")).toBeNull();
    await context.close();
  });
});
