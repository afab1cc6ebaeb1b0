import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THEME_INIT } from "../../src/scripts/themeInit.ts";
import { launch } from "../helpers/browser.ts";
import { builtPages } from "../../src/site/builtPages.ts";
import { archiveWith, articleOf } from "../helpers/archive.ts";
import { astroBuild, copyProject } from "../helpers/project.ts";
import { serve } from "../../scripts/lib/serve.ts";

// A province whose every text field carries an attack. The build must publish all of it as plain text.
// No digits in them: a story's summary may hold no figures, and these must reach it. A summary may hold no tag
// either (check refuses one: it would be printed as typed), so the summaries carry the attacks that are not tags.
const SCRIPT = "<script>window.__pwned='script';alert('x')</script>";
const ATTR = '" onmouseover="window.__pwned=\'attribute\'" x="';
const SVG = "</svg><img src=x onerror=window.__pwned='svg'>";
const TEMPLATE = "{{seven*seven}} ${window.__pwned='template'}";
const FORMULA = '=HYPERLINK("http://evil.example/","bấm")';

const story = `---
name: Tỉnh ${SCRIPT}
slug: tinh-doc
region: ${JSON.stringify(ATTR)}
capital: ${JSON.stringify(TEMPLATE)}
coordinates: { lat: 12.5, lon: 107.5 }
event:
  kind: review
  title: ${JSON.stringify(SVG)}
  date: 2023-06-01
headline: ${JSON.stringify(`${ATTR} ${TEMPLATE}`)}
summary: ${JSON.stringify(`${ATTR} ${TEMPLATE}`)}
sources: [tinh-doc-1]
highlights: [models]
after_2025:
  province: ${JSON.stringify(FORMULA)}
  merged_with: []
---

## Câu chuyện

Tỉnh có <Fig metric="models" /> mô hình.

<Chart compare="models" />

<Chart compare="campaigns" />

<Chart compare="map" />
`;

// The English edition carries the attacks too.
const storyEn = `---
slug: tinh-doc
region: ${JSON.stringify(ATTR)}
event:
  title: ${JSON.stringify(SVG)}
headline: ${JSON.stringify(`${ATTR} ${TEMPLATE}`)}
summary: ${JSON.stringify(`${ATTR} ${TEMPLATE}`)}
---

## The story

The province has <Fig metric="models" /> models.

<Chart compare="models" />

<Chart compare="campaigns" />

<Chart compare="map" />
`;

const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`;
const results = [
  "metric,value,qualifier,source,quote,note,note_en",
  `models,12,exact,tinh-doc-1,${csvCell(`${SCRIPT} 12 mô hình ${SVG}`)},${csvCell(FORMULA)},${csvCell(SCRIPT)}`,
  `campaign_launches,7,exact,tinh-doc-1,${csvCell(`${ATTR} 7 đợt phát động ${TEMPLATE}`)},${csvCell("+SUM(1,2)")},${csvCell(FORMULA)}`,
  `award_ppc_chair_collective,,unquantified,tinh-doc-1,${csvCell("@cmd|' /C calc'!A0")},${csvCell("-2+3")},${csvCell(ATTR)}`,
].join("\n");
const source = `tinh-doc-1,tinh-doc,${csvCell(FORMULA)},${csvCell(SCRIPT)},2023-06-02,2023-06-01,${csvCell(ATTR)},https://example.org/bai-viet,tinh-doc-1.txt,${csvCell(SVG)},${csvCell(TEMPLATE)}`;

describe("a province full of hostile text", () => {
  const project = copyProject();
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    project.write("content/provinces/tinh-doc.mdx", story);
    project.write("content/en/provinces/tinh-doc.mdx", storyEn);
    project.write("data/results/tinh-doc.csv", `${results}\n`);
    project.write("data/sources.csv", `${project.read("data/sources.csv")}${source}\n`);
    const build = astroBuild(project.dir, "dist", archiveWith(project.dir, { "tinh-doc-1.txt": articleOf(results) }));
    if (build.status !== 0) throw new Error(build.output);
    [browser, site] = await Promise.all([launch(), serve(join(project.dir, "dist"))]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    project.remove();
  });

  it("is published as text on every page: no dialog, no script run, no request elsewhere", async () => {
    const dist = join(project.dir, "dist");
    const pages = builtPages(dist);
    expect(pages).toEqual(expect.arrayContaining(["tinh/tinh-doc/", "en/provinces/tinh-doc/"]));
    // Every page that shows the province (all but the embeds of other provinces' own charts).
    const showing = pages.filter((p) => readFileSync(join(dist, p, p.endsWith(".html") ? "" : "index.html"), "utf8").includes("tinh-doc"));
    expect(showing.length).toBeGreaterThan(pages.length / 2);
    for (const path of showing) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      const foreign: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("request", (r) => {
        if (!r.url().startsWith(site.url)) foreign.push(r.url());
      });
      await page.goto(site.url + path);
      // Hover and focus every mark, where hostile quotes become tooltips.
      for (const mark of await page.locator(".hits a").all()) {
        if (await mark.isVisible()) await mark.hover();
      }
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
      const scripts = await page.evaluate((allowed) => [...document.scripts].map((s) => s.src || (s.textContent === allowed ? "theme" : "inline")), THEME_INIT);
      await context.close();
      expect({ path, dialogs, foreign, pwned, scripts: scripts.filter((s) => s !== "theme" && (s === "inline" || !s.includes("/_astro/"))) }).toEqual({ path, dialogs: [], foreign: [], pwned: undefined, scripts: [] });
    }
    // Hovering every mark of every page takes a while: the home pages draw the matrix of every measure too.
  }, 600_000);

  it.each(["tinh/tinh-doc/", "en/provinces/tinh-doc/"])("%s shows the attacks as the text the editor wrote", async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + path);
    // Quotes and the map's table sit in disclosures (the figures' table, a chart's data): open them, as a reader would.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = await page.locator("body").innerText();
    for (const attack of [SCRIPT, SVG, TEMPLATE]) expect(text).toContain(attack);
    // The name stands as the kicker over the headline; both are the editor's text, never markup.
    expect(await page.locator(".story-header .kicker").innerText()).toBe(`Tỉnh ${SCRIPT}`.toLocaleUpperCase("vi"));
    expect(await page.locator("h1").innerText()).toBe(`${ATTR} ${TEMPLATE}`);
    await context.close();
  });

  it("keeps spreadsheet formulas from running in every CSV download", () => {
    const dist = join(project.dir, "dist/du-lieu");
    for (const file of ["tinh-doc.csv", "sources.csv", "bieu-do/bd-mo-hinh.csv", "bieu-do/bd-bao-cao-gi.csv"]) {
      const cells = Papa.parse<string[]>(readFileSync(join(dist, file), "utf8").trim()).data.flat();
      expect(cells.filter((c) => /^[=+\-@]/.test(c)), file).toEqual([]);
    }
    const own = Papa.parse<string[]>(readFileSync(join(dist, "tinh-doc.csv"), "utf8").trim()).data;
    expect(own[1]![5]).toBe(`'${FORMULA}`);
    expect(own[3]![4]).toBe("'@cmd|' /C calc'!A0");
  });

  it("refuses a source address that is not http(s)", () => {
    const copy = copyProject();
    try {
      copy.write("content/provinces/tinh-doc.mdx", story);
      copy.write("content/en/provinces/tinh-doc.mdx", storyEn);
      copy.write("data/results/tinh-doc.csv", `${results}\n`);
      copy.write("data/sources.csv", `${copy.read("data/sources.csv")}${source.replace("https://example.org/bai-viet", "javascript:alert(1)")}\n`);
      const build = astroBuild(copy.dir);
      expect(build.status).not.toBe(0);
      expect(build.output).toMatch(/data\/sources\.csv:\d+:\d+ column "url": "javascript:alert\(1\)" is not a web address/);
    } finally {
      copy.remove();
    }
  });
});
