// npm run screenshots [-- page…]: full-page Chromium screenshots of every kind of page, in both editions, at
// 320, 360 and 1280 px, in the light and the dark scheme, into .cache/screenshots/ (git-ignored). It builds nothing:
// run `npm run build` first; it serves dist/ as a static host would. Name: <page>-<width>-<scheme>.png, and
// <page>-<width>-<scheme>-first.png and -second.png for the first two screens alone.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./lib/serve.ts";

/** One page of each kind, in each edition. */
const PAGES: Record<string, string> = {
  home: "",
  "home-en": "en/",
  province: "tinh/ha-nam/",
  "province-en": "en/provinces/ha-nam/",
  "province-short": "tinh/thai-nguyen/",
  compare: "so-sanh/",
  "compare-en": "en/compare/",
  method: "nguon-va-phuong-phap/",
  "method-en": "en/sources-and-method/",
  search: "tim-kiem/",
  "search-en": "en/search/",
  corrections: "dinh-chinh/",
  "corrections-en": "en/corrections/",
  "not-found": "404.html",
  "not-found-en": "en/404.html",
  embed: "embed/bd-mo-hinh/",
};
const WIDTHS = [320, 360, 1280];
const SCHEMES = ["light", "dark"] as const;

const only = process.argv.slice(2);
const out = join(process.cwd(), ".cache/screenshots");
mkdirSync(out, { recursive: true });
const site = await serve(join(process.cwd(), "dist"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const [name, path] of Object.entries(PAGES).filter(([name]) => only.length === 0 || only.includes(name))) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // The first screen alone, as a reader sees it before scrolling.
        await page.screenshot({ path: file.replace(/\.png$/, "-first.png") });
        // The second screen, as a reader sees it after one swipe: "within the first two screens" is judged on these two.
        const screen = page.viewportSize()!;
        await page.screenshot({ path: file.replace(/\.png$/, "-second.png"), fullPage: true, clip: { x: 0, y: screen.height, width: screen.width, height: screen.height } });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${file}  ${height} px tall`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
