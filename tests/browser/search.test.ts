import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serve } from "../../scripts/lib/serve.ts";
import { CSP } from "../../src/site/securityHeaders.ts";
import { launch } from "../helpers/browser.ts";

const dist = inject("dist");
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // Served under the strict policy: the search index (WebAssembly) must work within it.
  [browser, site] = await Promise.all([launch(), serve(dist, "/", { "Content-Security-Policy": CSP })]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator("#q").fill(query);
  await expect.poll(() => page.locator("#trang-thai").textContent(), { timeout: 20_000 }).toContain(`“${query}”`);
  return page.locator("#ket-qua a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe("search", () => {
  it.each([
    ["ha nam", "/tinh/ha-nam/"],
    ["ha tinh", "/tinh/ha-tinh/"],
    ["binh thuan", "/tinh/binh-thuan/"],
    ["thai nguyen", "/tinh/thai-nguyen/"],
    ["dan van kheo", "/tinh/ha-nam/"],
    ["dak nong", "/tinh/binh-thuan/"],
    ["Đắk Nông", "/tinh/binh-thuan/"],
    ["to hoa giai", "/tinh/thai-nguyen/"],
  ])("finds %s on %s, typed without diacritics (đ included)", async (query, path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${site.url}tim-kiem/`);
    expect(await search(page, query)).toContain(path);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ["ha tinh", "/en/provinces/ha-tinh/"],
    ["binh thuan", "/en/provinces/binh-thuan/"],
    ["skilful mass mobilisation", "/en/provinces/ha-nam/"],
  ])("finds %s on %s in the English edition, and only English pages", async (query, path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}en/search/`);
    const found = await search(page, query);
    expect(found).toContain(path);
    expect(found.every((p) => p.startsWith("/en/"))).toBe(true);
    expect(await page.locator("#trang-thai").textContent()).toMatch(/pages? match/);
    await context.close();
  });

  it("runs the query in the address (?q=), and says when nothing matches", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}tim-kiem/?q=binh%20thuan`);
    await expect.poll(() => page.locator("#ket-qua a").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await search(page, "xyzzyq")).toEqual([]);
    expect(await page.locator("#trang-thai").textContent()).toBe("Không có trang nào khớp với “xyzzyq”.");
    await context.close();
  });

  it("lists every page instead when JavaScript is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}tim-kiem/`);
    expect(await page.locator(".no-js-pages a").count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator(".no-js-pages").isVisible()).toBe(true);
    await context.close();
  });
});
