import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { standaloneSvg } from "../../src/charts/standaloneSvg.ts";
import { datasetZip } from "../../src/lib/format/datasetZip.ts";
import { paletteFromCss } from "../../src/lib/format/palette.ts";
import { compareFigures } from "../../src/figures/catalogue.ts";
import { fixture } from "../fixtures/dataset.ts";
import { ROOT } from "../helpers/project.ts";

const palette = paletteFromCss(readFileSync(join(ROOT, "src/styles/global.css"), "utf8"), 0);
const data = fixture();

describe("downloads", () => {
  it("draws a chart as a standalone SVG: colours resolved, texts escaped, credit wrapped", () => {
    const figure = { ...compareFigures(data).find((f) => f.id === "bd-khen-thuong")!, title: "Khen thưởng <script>" };
    const svg = standaloneSvg(figure, palette, "Nguồn: " + "một bài báo rất dài; ".repeat(12));
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).toContain(palette["--rec-0"]);
    expect(svg).toContain("Khen thưởng &lt;script&gt;");
    expect(svg).not.toMatch(/<svg[^>]* (width|height)="[^"]*"[^>]* \1="/); // no attribute twice in one tag
    expect(svg.match(/font-size="12"/g)!.length).toBeGreaterThan(2); // the long credit wraps onto several lines
  });

  it("zips the whole dataset with a README, the same bytes in any time zone", () => {
    const zip = datasetZip(data);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["README.md", "corrections.csv", "metrics.csv", ...data.provinces.map((p) => `results/${p.slug}.csv`).sort(), "sources.csv"].sort());
    const readme = strFromU8(files["README.md"]!);
    for (const m of data.metrics) expect(readme).toContain(m.id);
    expect(strFromU8(files["results/bac.csv"]!)).toContain("models,83,exact,bac-1");
  });
});
