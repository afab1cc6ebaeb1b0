import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PALETTE_SIZE } from "../../src/lib/shape/colourSlots.ts";
import { ROOT } from "../helpers/project.ts";

const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");

/** The light (0) or dark (1) half of every `--name: light-dark(#light, #dark)` custom property. */
function scheme(half: 0 | 1): Record<string, string> {
  const pairs = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[2 + half]!.toLowerCase()]));
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ["light", scheme(0)],
  ["dark", scheme(1)],
])("the %s colour scheme", (_, vars: Record<string, string>) => {
  const backgrounds = ["--bg", "--panel"].map((v) => vars[v]!);
  const marks = [...Array.from({ length: PALETTE_SIZE }, (_, i) => `--prov-${i}`), "--rec-0", "--rec-1", "--line-strong"];

  it("gives every province colour, recipient colour and axis line at least 3:1 against the backgrounds", () => {
    for (const mark of marks) for (const bg of backgrounds) expect(contrast(vars[mark]!, bg), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it("gives text at least 4.5:1, on the page, panels, highlighted boxes and matrix cells", () => {
    for (const fg of ["--fg", "--muted", "--accent"]) {
      for (const bg of ["--bg", "--panel", "--warn-bg", "--cov-yes", "--cov-some"]) expect(contrast(vars[fg]!, vars[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
