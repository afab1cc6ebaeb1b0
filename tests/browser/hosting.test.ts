import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CSP } from "../../src/site/securityHeaders.ts";
import { launch } from "../helpers/browser.ts";
import { crawl } from "../helpers/crawl.ts";
import { builtPages } from "../../src/site/builtPages.ts";
import { astroBuild, copyProject, ROOT } from "../helpers/project.ts";
import { serve } from "../../scripts/lib/serve.ts";

const dist = inject("dist");
const BASE = "/some/sub/path/";
// Built in a copy: a build with other settings must not share caches with builds of the project itself.
const project = copyProject();
const sub = join(project.dir, "dist");
let browser: Browser;

beforeAll(async () => {
  const build = astroBuild(project.dir, "dist", { BASE_PATH: BASE, SITE_URL: "https://example.org" });
  if (build.status !== 0) throw new Error(build.output);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  project.remove();
});

describe("on any static host", () => {
  it.each([
    ["the root", () => dist, "/"],
    ["a sub-path", () => sub, BASE],
  ])("works at %s: no broken link, asset, download or anchor", async (_, folder, base) => {
    const site = await serve(folder(), base);
    try {
      const result = await crawl(site.url, site.url);
      expect(result.broken).toEqual([]);
      expect(result.visited.filter((u) => u.endsWith(".csv")).length).toBeGreaterThan(10);
      expect(result.visited.some((u) => /\/_astro\/.*\.css$/.test(u))).toBe(true);
      // External links (the sources' addresses) are listed for a person to check, never fetched here.
      writeFileSync(join(ROOT, ".cache", `external-links${base === "/" ? "" : "-sub"}.txt`), result.external.join("\n") + "\n");
      expect(result.external.every((u) => /^https?:\/\//.test(u))).toBe(true);
    } finally {
      await site.close();
    }
  });

  it("gives canonical URLs from SITE_URL under the sub-path, and a _headers file for that path", () => {
    const html = readFileSync(join(sub, "so-sanh/index.html"), "utf8");
    expect(html).toContain('<link rel="canonical" href="https://example.org/some/sub/path/so-sanh/">');
    const headers = readFileSync(join(sub, "_headers"), "utf8");
    expect(headers).toMatch(/^\/some\/sub\/path\/\*\n {2}Content-Security-Policy: /);
    // Every page refuses to be framed, except the embed pages, which exist to be framed.
    expect(headers).toContain("/some/sub/path/so-sanh/\n  Content-Security-Policy: frame-ancestors 'none'");
    expect(headers).not.toMatch(/embed\/[^\n]*\n {2}Content-Security-Policy: frame-ancestors/);
  });

  it.each(builtPages(dist).map((p) => [p || "/"]))("%s runs under the strict Content-Security-Policy with no violation or console error", async (path) => {
    const site = await serve(dist, "/", { "Content-Security-Policy": `${CSP}; frame-ancestors 'none'` });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      const response = await page.goto(site.url + (path === "/" ? "" : path));
      expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
      // Exercise the one script: a mark's tooltip, positioned through the CSSOM (allowed by the policy).
      // The mark of a drawing shown at this width (a figure may show its drawing for the wide measure instead).
      await page.setViewportSize({ width: 1000, height: 800 });
      const mark = page.locator(".fig-frame:visible .hits a").first();
      if (await mark.count()) {
        await mark.focus();
        await expect.poll(() => page.locator("#chart-tip").isVisible()).toBe(true);
      }
      expect(errors.filter((e) => !(path === "404.html" && /404/.test(e)))).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
