import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { coverageMatrix, type MatrixRow } from "../../src/charts/coverageMatrix.ts";
import { ARCHIPELAGOS, locatorMap } from "../../src/charts/locatorMap.ts";
import { rowChart, type ChartRow } from "../../src/charts/rowChart.ts";
import { textWidth } from "../../src/charts/textWidth.ts";
import { formatCompact } from "../../src/lib/format/formatFigure.ts";
import { coverageCells } from "../../src/lib/shape/coverage.ts";
import { fixture } from "../fixtures/dataset.ts";
import { normalise } from "./normalise.ts";

const data = fixture();
const doc = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document;
const texts = (markup: string) => [...doc(markup).querySelectorAll("text")].map((t) => t.textContent);
/** Each text's left edge and its estimated right edge, from Plot's translate(x,y) and the group's font. */
const extents = (markup: string) =>
  [...doc(markup).querySelectorAll("text")].map((t) => {
    const [x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute("transform") ?? "")!.slice(1).map(Number);
    const g = t.parentElement!;
    const size = Number(g.getAttribute("font-size") ?? 13);
    const bold = Number(g.getAttribute("font-weight") ?? 400) >= 600;
    const anchor = g.getAttribute("text-anchor") ?? "middle";
    const w = textWidth(t.textContent ?? "", size, bold);
    const left = anchor === "start" ? x! : anchor === "end" ? x! - w : x! - w / 2;
    return { text: t.textContent, left, right: left + w, y: y! };
  });

const LONG = "Tỉnh Thử Nghiệm Có Một Cái Tên Rất Dài Ra";
const rows: ChartRow[] = [
  { name: "Thành phố Hồ Chí Minh", swatch: "var(--prov-0)", items: [{ value: 20, label: "20 tập thể", fill: "var(--rec-0)" }, { value: 23, label: "23 cá nhân", fill: "var(--rec-1)" }], href: "#a", hitLabel: "a", tip: { value: "a" } },
  { name: LONG, strong: true, swatch: "var(--prov-1)", items: [{ label: "tập thể: có, không nêu số lượng", kind: "words" }], href: "#b", hitLabel: "b", tip: { value: "b" } },
  { name: "Tỉnh Nam", swatch: "var(--prov-2)", items: [{ label: "trên 114.924", kind: "number" }], note: "Đếm mọi mô hình của phong trào được xây dựng mới hoặc duy trì trong 10 năm.", href: "#c", hitLabel: "c", tip: { value: "c" } },
];
const draw = (width: number) => rowChart(rows, { width, label: "Khen thưởng", pickLabel: "chọn", description: "d" });

describe("rowChart", () => {
  it("matches its snapshot, narrow and wide", async () => {
    await expect(normalise(draw(300).svg)).toMatchFileSnapshot("__snapshots__/rowChart-narrow.svg");
    await expect(normalise(draw(600).svg)).toMatchFileSnapshot("__snapshots__/rowChart-wide.svg");
    await expect(normalise(draw(300).hits)).toMatchFileSnapshot("__snapshots__/rowChart-hits.svg");
  });

  it("draws side-by-side bars from one baseline, and words or a number, never a zero, where there is no bar", () => {
    const bars = [...doc(draw(600).svg).querySelectorAll("g.bars rect")];
    expect(bars.map((b) => b.getAttribute("x"))).toEqual(["12", "12"]);
    expect(Number(bars[0]!.getAttribute("width"))).toBeLessThan(Number(bars[1]!.getAttribute("width")));
    expect(texts(draw(300).svg)).toEqual(expect.arrayContaining(["20 tập thể", "23 cá nhân", "trên 114.924", "Thành phố Hồ Chí Minh"]));
    expect(texts(draw(300).svg)).not.toContain("0");
  });

  it("keeps every text inside the drawing at phone and column widths, wrapping long names", () => {
    for (const width of [300, 600]) {
      for (const e of extents(draw(width).svg)) {
        expect(e.left, `${width}: ${e.text}`).toBeGreaterThanOrEqual(0);
        expect(e.right, `${width}: ${e.text}`).toBeLessThanOrEqual(width);
      }
    }
    expect(texts(draw(300).svg).join(" ")).toContain(LONG);
  });

  it("gives each row one link, over the whole row", () => {
    const links = [...doc(draw(300).hits).querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#a", "#b", "#c"]);
  });
});

describe("coverageMatrix", () => {
  const cells = coverageCells(data, data.figures);
  const provinces = [...new Set(cells.map((c) => c.province.name))];
  const matrix: MatrixRow[] = [
    { kind: "group", label: "Mô hình" },
    ...data.metrics.map((m): MatrixRow => ({
      kind: "measure",
      label: m.label_vi,
      cells: cells.filter((c) => c.metric === m).map((c) => ({ status: c.status, text: c.figure ? formatCompact(c.figure, m.unit) : "–", href: `#${m.id}`, hitLabel: "x", tip: { value: "x" } })),
    })),
  ];
  const draw = (width: number, columns = provinces, rows = matrix) => coverageMatrix(rows, { width, columns, label: "Ma trận", pickLabel: "chọn", description: "d" });

  it("matches its snapshot, narrow, wide and for the wide measure", async () => {
    await expect(normalise(draw(300).svg)).toMatchFileSnapshot("__snapshots__/coverageMatrix.svg");
    await expect(normalise(draw(600).svg)).toMatchFileSnapshot("__snapshots__/coverageMatrix-wide.svg");
    await expect(normalise(draw(1024).svg)).toMatchFileSnapshot("__snapshots__/coverageMatrix-widest.svg");
  });

  it("sets the wide measure's rows tighter, so the matrix stays about one screen tall there", () => {
    const height = (width: number) => Number(doc(draw(width).svg).querySelector("svg")!.getAttribute("height"));
    expect(height(1024)).toBeLessThan(height(600));
  });

  it("fits the column while it can, and past that keeps its cells readable and scrolls in its frame", () => {
    expect(draw(300).scroll).toBe(false);
    const many = Array.from({ length: 40 }, (_, i) => `Tỉnh ${i}`);
    const wide = draw(300, many, matrix.map((r) => (r.kind === "group" ? r : { ...r, cells: many.map(() => r.cells[0]!) })));
    expect(wide.scroll).toBe(true);
    const width = Number(doc(wide.svg).querySelector("svg")!.getAttribute("width"));
    expect(width).toBeGreaterThanOrEqual(130 + 40 * 28);
    expect(doc(wide.hits).querySelector("svg")!.getAttribute("viewBox")).toBe(`0 0 ${width} ${doc(wide.svg).querySelector("svg")!.getAttribute("height")}`);
  });

  it("has a link for every cell and writes its compact value at every width, phones included", () => {
    expect(doc(draw(300).hits).querySelectorAll("a")).toHaveLength(data.metrics.length * provinces.length);
    expect(texts(draw(300).svg)).toEqual(expect.arrayContaining(["83", ">366", "≈3.300", "có", "–"]));
    expect(texts(draw(600).svg)).toEqual(expect.arrayContaining(["83", ">366", "≈3.300", "~50", ">95%", "có", "–"]));
  });
});

describe("locatorMap", () => {
  const places = data.provinces.map((p, i) => ({ name: p.name, lat: p.coordinates.lat, lon: 104 + i, slot: i, count: i + 1, href: `/tinh/${p.slug}/`, tip: { value: p.name } }));
  const chart = locatorMap(places, { width: 300, label: "Bản đồ", description: "d" });

  it("matches its snapshot", async () => {
    await expect(normalise(chart.svg)).toMatchFileSnapshot("__snapshots__/locatorMap.svg");
  });

  it("names Hoàng Sa and Trường Sa as Vietnam's, and marks every province with a link to its page", () => {
    expect(ARCHIPELAGOS().map((a) => a.name)).toEqual(["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"]);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["Quần đảo Hoàng Sa", "Quần đảo Trường Sa", "(Việt Nam)", ...data.provinces.map((p) => p.name)]));
    expect([...doc(chart.hits).querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(data.provinces.map((p) => `/tinh/${p.slug}/`));
  });

  it("sizes each dot by how many measures the province reported", () => {
    const radii = [...doc(chart.svg).querySelectorAll("circle")].slice(-places.length).map((c) => Number(c.getAttribute("r")));
    // Plot draws the largest dot first, so smaller ones stay on top; every count gets its own size.
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    expect(new Set(radii).size).toBe(places.length);
  });

  it("puts every hit target's centre inside the drawing, and every province label within its width", () => {
    const [, , w, h] = doc(chart.svg).querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number);
    for (const r of doc(chart.hits).querySelectorAll("rect")) {
      const x = Number(r.getAttribute("x")) + Number(r.getAttribute("width")) / 2;
      const y = Number(r.getAttribute("y")) + Number(r.getAttribute("height")) / 2;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(w!);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h!);
    }
    for (const e of extents(chart.svg).filter((e) => data.provinces.some((p) => p.name === e.text))) expect(e.right, e.text!).toBeLessThanOrEqual(w!);
  });
});
