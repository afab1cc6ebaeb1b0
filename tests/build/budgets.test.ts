import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../../src/site/builtPages.ts";
import { pageWeight } from "../../scripts/lib/pageWeight.ts";

// Bytes are stable from build to build, so they are tested; times are not, so they are only benchmarked.
const KB = 1024;
const BUDGET = { page: 60 * KB, css: 12 * KB, js: 5 * KB };
const dist = inject("dist");

describe.each(builtPages(dist).map((p) => [p || "/", p]))("%s stays within the size budgets", (_, page) => {
  const weight = pageWeight(dist, page);

  it(`weighs at most ${BUDGET.page / KB} KB gzipped in all, fonts included`, () => {
    expect(weight.total.gzip).toBeLessThanOrEqual(BUDGET.page);
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
  it("cannot shift the layout: every @font-face (there are none: the site uses system fonts) says font-display optional, or swap with size-adjust", () => {
    const css = readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".css")).map((f) => readFileSync(join(dist, "_astro", f), "utf8")).join("\n");
    for (const face of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      expect(/font-display:\s*optional/.test(face) || (/font-display:\s*swap/.test(face) && /size-adjust/.test(face)), face).toBe(true);
    }
    expect(css).toMatch(/font-family:\s*var\(--font\)|--font:\s*system-ui/);
  });
});

describe("pageWeight", () => {
  it("counts the HTML, each linked file once, and the render-blocking stylesheet", () => {
    const weight = pageWeight(dist, "so-sanh/");
    expect(weight.requests).toBe(4); // page, stylesheet, the one script, icon
    expect(weight.total.raw).toBe(weight.html.raw + weight.css.raw + weight.js.raw + weight.fonts.raw + weight.images.raw);
    expect(weight.svg.raw).toBeGreaterThan(weight.html.raw / 2);
  });
});
