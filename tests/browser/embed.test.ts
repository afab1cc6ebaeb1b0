import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serve } from "../../scripts/lib/serve.ts";
import { launch } from "../helpers/browser.ts";

const dist = inject("dist");
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let host: Awaited<ReturnType<typeof serve>>;
const hostDir = mkdtempSync(join(tmpdir(), "c09-host-"));

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(dist)]);
  // Another site (another origin: another port) that pastes the embed code of the comparison's models chart.
  const page = await browser.newPage();
  await page.goto(`${site.url}so-sanh/`);
  const code = await page.locator("#bd-mo-hinh textarea.fig-embed").inputValue();
  await page.close();
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A host page</h1>${code.replaceAll("https://example.org/", site.url)}</body></html>`);
  host = await serve(hostDir);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

describe("an embedded chart", () => {
  it("renders alone inside another site's iframe and resizes it to fit, without a scroll bar", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.locator("iframe[data-c09-embed]");
    await expect.poll(async () => (await frame.boundingBox())?.height, { timeout: 20_000 }).not.toBe(640);
    const inner = page.frameLocator("iframe[data-c09-embed]");
    expect(await inner.locator("figure.chart svg.plot").count()).toBeGreaterThan(0);
    const [frameHeight, contentHeight] = await Promise.all([
      frame.evaluate((f) => f.getBoundingClientRect().height),
      inner.locator("html").evaluate((h) => h.scrollHeight),
    ]);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
    await context.close();
  });

  it.each([
    ["so-sanh/", "bd-khen-thuong", "embed/bd-khen-thuong/"],
    ["tinh/ha-nam/", "ha-nam-safety", "embed/ha-nam-safety/"],
    ["", "bd-bao-cao-gi", "embed/bd-bao-cao-gi/"],
    ["en/compare/", "bd-mo-hinh", "en/embed/bd-mo-hinh/"],
    ["en/", "bd-bao-cao-gi", "en/embed/bd-bao-cao-gi/"],
  ])("offers copyable embed code on every chart (%s #%s), pointing at the chart's embed page in the page's language", async (path, id, embed) => {
    const page = await browser.newPage();
    await page.goto(site.url + path);
    const code = await page.locator(`#${id} textarea.fig-embed`).inputValue();
    expect(code).toContain(`src="https://example.org/${embed}"`);
    expect(code).toContain('src="https://example.org/embed.js"');
    const response = await page.goto(site.url + embed);
    expect(response!.status()).toBe(200);
    expect(await page.locator(`figure#${id}`).count()).toBe(1);
    await page.close();
  });
});
