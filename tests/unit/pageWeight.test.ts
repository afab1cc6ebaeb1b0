import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageWeight } from "../../scripts/lib/pageWeight.ts";

// A built site in miniature: a page whose module script imports a shared chunk (which imports another) and
// loads a third file only on demand.
const dist = mkdtempSync(join(tmpdir(), "page-weight-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const files: Record<string, string> = {
  "index.html": '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><p>Hi</p><script type="module" src="/_astro/page.js"></script></body></html>',
  "_astro/site.css": "p{color:red}",
  "_astro/page.js": 'import{t as e}from"./shared.js";import"./side.js";document.querySelector("p").onclick=()=>import("/_astro/later.js");e();',
  "_astro/shared.js": 'import{w}from"./words.js";export{x}from"./more.js";import"https://cdn.example/x.js";export function t(){return w}',
  "_astro/more.js": "export const x = 1;",
  "_astro/words.js": 'export const w="words";',
  "_astro/side.js": "console.log(1);",
  "_astro/later.js": "export const never = 'counted';",
};
mkdirSync(join(dist, "_astro"));
for (const [path, text] of Object.entries(files)) writeFileSync(join(dist, path), text);

describe("pageWeight", () => {
  const weight = pageWeight(dist, "");

  it("counts a module script with every file it imports or re-exports statically, each once, and not what it imports on demand", () => {
    const counted = ["page.js", "shared.js", "words.js", "more.js", "side.js"].map((f) => Buffer.byteLength(files[`_astro/${f}`]!));
    expect(weight.js.raw).toBe(counted.reduce((a, b) => a + b));
    expect(weight.requests).toBe(1 + 1 + 5); // the page, its stylesheet, five scripts (none from another host)
  });

  it("adds up the kinds into the total", () => {
    expect(weight.total.raw).toBe(weight.html.raw + weight.css.raw + weight.js.raw + weight.fonts.raw + weight.images.raw);
    expect(weight.blocking).toEqual(["/_astro/site.css"]);
  });
});
