import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../../src/site/builtPages.ts";
import { pageWeight } from "../../scripts/lib/pageWeight.ts";

// Bytes are stable from build to build, so they are tested; times are not, so they are only benchmarked.
const KB = 1024;
/** Gzipped bytes a page may cost: without the web fonts, with them, and of CSS and JavaScript alone. */
const BUDGET = { page: 60 * KB, withFonts: 100 * KB, css: 12 * KB, js: 5 * KB };
const dist = inject("dist");
const css = () => readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".css")).map((f) => readFileSync(join(dist, "_astro", f), "utf8")).join("\n");

describe.each(builtPages(dist).map((p) => [p || "/", p]))("%s stays within the size budgets", (_, page) => {
  const weight = pageWeight(dist, page);

  it(`weighs at most ${BUDGET.page / KB} KB gzipped without its fonts, ${BUDGET.withFonts / KB} KB with them`, () => {
    expect(weight.total.gzip - weight.fonts.gzip).toBeLessThanOrEqual(BUDGET.page);
    expect(weight.total.gzip).toBeLessThanOrEqual(BUDGET.withFonts);
  });

  it(`loads at most ${BUDGET.css / KB} KB of CSS and ${BUDGET.js / KB} KB of JavaScript, gzipped`, () => {
    expect(weight.css.gzip).toBeLessThanOrEqual(BUDGET.css);
    expect(weight.js.gzip).toBeLessThanOrEqual(BUDGET.js);
  });

  it("blocks the first render on one stylesheet and nothing else", () => {
    expect(weight.blocking).toHaveLength(1);
    expect(weight.blocking[0]).toMatch(/\.css$/);
  });
});

describe("fonts", () => {
  const faces = css().match(/@font-face\s*\{[^}]*\}/g) ?? [];
  const files = faces.flatMap((f) => [...f.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!));

  it("self-hosts the typeface as WOFF2 files from the site itself, nothing from another host", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/^\/_astro\/[\w.-]+\.woff2$/);
      expect(readFileSync(join(dist, file)).subarray(0, 4).toString("latin1")).toBe("wOF2");
    }
  });

  it("cannot shift the layout: each web font swaps in over a local fallback scaled to its metrics", () => {
    const web = faces.filter((f) => /url\(/.test(f));
    const fallbacks = faces.filter((f) => /src:\s*local\(/.test(f));
    for (const face of web) expect(face).toMatch(/font-display:\s*(swap|optional)/);
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const face of fallbacks) for (const descriptor of ["size-adjust", "ascent-override", "descent-override", "line-gap-override"]) expect(face).toContain(descriptor);
    // The site's font stack names the web font, then its fallback.
    expect(css()).toMatch(/--font:\s*"Be Vietnam Pro",\s*"Be Vietnam Pro Fallback"/);
  });

  it("preloads every font file on every page, so text is set in it from the start", () => {
    for (const page of builtPages(dist)) {
      const doc = parseHTML(readFileSync(join(dist, page, page.endsWith(".html") ? "" : "index.html"), "utf8")).document;
      const preloaded = [...doc.querySelectorAll('link[rel="preload"][as="font"]')];
      expect(preloaded.map((l) => l.getAttribute("href")).sort(), page).toEqual([...files].sort());
      for (const l of preloaded) expect(l.hasAttribute("crossorigin"), page).toBe(true);
    }
  });
});

describe("pageWeight", () => {
  it("counts the HTML, each linked file once, the fonts its stylesheet loads, and the render-blocking stylesheet", () => {
    const weight = pageWeight(dist, "so-sanh/");
    expect(weight.requests).toBe(7); // page, stylesheet, two font files, the page's script and the charts', icon
    expect(weight.fonts.raw).toBeGreaterThan(0);
    expect(weight.total.raw).toBe(weight.html.raw + weight.css.raw + weight.js.raw + weight.fonts.raw + weight.images.raw);
    expect(weight.svg.raw).toBeGreaterThan(weight.html.raw / 2);
  });
});
