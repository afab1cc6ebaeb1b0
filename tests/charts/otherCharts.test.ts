import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { awardBars } from "../../src/charts/awardBars.ts";
import { coverageMatrix, type MatrixCell } from "../../src/charts/coverageMatrix.ts";
import { ARCHIPELAGOS, locatorMap } from "../../src/charts/locatorMap.ts";
import { formatCompact } from "../../src/lib/format/formatFigure.ts";
import { awardData } from "../../src/lib/shape/awardData.ts";
import { figureKey } from "../../src/lib/shape/figures.ts";
import { sortProvinces } from "../../src/lib/shape/sortProvinces.ts";
import { fixture } from "../fixtures/dataset.ts";
import { normalise } from "./normalise.ts";

const data = fixture();
const doc = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document;
const texts = (markup: string) => [...doc(markup).querySelectorAll("text")].map((t) => t.textContent);

describe("awardBars", () => {
  const [level] = awardData(data, data.figures, "bac");
  const chart = awardBars(level!, { width: 640, max: 43, label: "Bằng khen", description: "d", anchor: (r) => r.key, tip: (r) => ({ value: r.label }) });

  it("matches its snapshot", async () => {
    await expect(normalise(chart.svg)).toMatchFileSnapshot("__snapshots__/awardBars.svg");
  });

  it("stacks collectives and individuals, and writes 'given, count not stated' and 'not reported' without a bar", () => {
    expect(doc(chart.svg).querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(2);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["20 tập thể, 23 cá nhân", "tập thể: có, không nêu số lượng", "không báo cáo"]));
  });

  it("leaves out award levels nobody reported", () => {
    expect(awardData(data, data.figures).map((l) => l.level)).toEqual(["ppc_chair"]);
  });
});

describe("coverageMatrix", () => {
  const provinces = sortProvinces(data.provinces);
  const cells: MatrixCell[] = data.metrics.flatMap((metric) =>
    provinces.map((province) => {
      const figure = data.figures.get(figureKey(province.slug, metric.id));
      return { metric, province, figure, text: figure ? formatCompact(figure, metric.unit) : "–" };
    }),
  );
  const chart = coverageMatrix(data.metrics, provinces, cells, { width: 360, label: "Ma trận", description: "d", anchor: (c) => c.metric.id, tip: (c) => ({ value: c.text }) });

  it("matches its snapshot", async () => {
    await expect(normalise(chart.svg)).toMatchFileSnapshot("__snapshots__/coverageMatrix.svg");
  });

  it("fits the column while it can, and past that keeps its cells readable and scrolls in its frame", () => {
    expect(chart.scroll).toBe(false);
    const many = Array.from({ length: 40 }, (_, i) => ({ ...provinces[0]!, slug: `p${i}`, name: `Tỉnh ${i}` }));
    const wide = coverageMatrix(data.metrics, many, many.map((province) => ({ metric: data.metrics[0]!, province, text: "–" })), { width: 360, label: "x", description: "x", anchor: (c) => c.province.slug, tip: () => ({ value: "x" }) });
    expect(wide.scroll).toBe(true);
    const width = Number(doc(wide.svg).querySelector("svg")!.getAttribute("width"));
    expect(width).toBeGreaterThanOrEqual(150 + 40 * 34);
    expect(doc(wide.hits).querySelector("svg")!.getAttribute("viewBox")).toBe(`0 0 ${width} ${doc(wide.svg).querySelector("svg")!.getAttribute("height")}`);
  });

  it("has a cell and a link for every metric and province, with compact qualifiers", () => {
    expect(doc(chart.hits).querySelectorAll("a")).toHaveLength(data.metrics.length * provinces.length);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["83", ">366", "≈3.300", "~50", ">95%", "có", "–"]));
  });
});

describe("locatorMap", () => {
  const places = data.provinces.map((p, i) => ({ name: p.name, lat: p.coordinates.lat, lon: 104 + i, slot: i, href: `#${p.slug}`, tip: { value: p.name } }));
  const chart = locatorMap(places, { width: 360, label: "Bản đồ", description: "d" });

  it("matches its snapshot", async () => {
    await expect(normalise(chart.svg)).toMatchFileSnapshot("__snapshots__/locatorMap.svg");
  });

  it("names Hoàng Sa and Trường Sa as Vietnam's, and marks every province with a link", () => {
    expect(ARCHIPELAGOS().map((a) => a.name)).toEqual(["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"]);
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(["Quần đảo Hoàng Sa", "Quần đảo Trường Sa", "(Việt Nam)", ...data.provinces.map((p) => p.name)]));
    expect([...doc(chart.hits).querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(data.provinces.map((p) => `#${p.slug}`));
  });

  it("puts every hit target inside the drawing", () => {
    const [, , w, h] = doc(chart.svg).querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number);
    for (const r of doc(chart.hits).querySelectorAll("rect")) {
      const x = Number(r.getAttribute("x")) + 12;
      const y = Number(r.getAttribute("y")) + 12;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(w!);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h!);
    }
  });
});
