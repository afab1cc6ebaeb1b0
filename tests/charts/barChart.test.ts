import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { barChart } from "../../src/charts/barChart.ts";
import { barData, provinceData } from "../../src/lib/shape/barData.ts";
import { describeBars } from "../../src/lib/shape/describe.ts";
import { fixture } from "../fixtures/dataset.ts";
import { normalise } from "./normalise.ts";

const data = fixture();
const rows = barData(data, data.figures, "models", "trung");
const draw = (width: number) =>
  barChart(rows, { width, label: "Mô hình", description: describeBars("Mô hình", rows), anchor: (d) => `row-${d.key}`, tip: (d) => ({ value: d.label, quote: d.figure?.rows[0]?.quote }) });
const svg = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document;

describe("barChart", () => {
  it("matches its snapshot, narrow and wide", async () => {
    await expect(normalise(draw(360).svg)).toMatchFileSnapshot("__snapshots__/barChart-narrow.svg");
    await expect(normalise(draw(640).svg)).toMatchFileSnapshot("__snapshots__/barChart-wide.svg");
    await expect(normalise(draw(360).hits)).toMatchFileSnapshot("__snapshots__/barChart-hits.svg");
  });

  it("draws a bar for each stated number and none for a province that did not report", () => {
    const doc = svg(draw(640).svg);
    expect(doc.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(3);
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("không báo cáo");
    expect(texts).toContain("Tỉnh Đông Đà");
  });

  it("keeps each qualifier visible, in Vietnamese number format", () => {
    const texts = [...svg(draw(360).svg).querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["83", "trên 366", "gần 3.300"]));
    const teams = barData(data, data.figures, "teams");
    const t = svg(barChart(teams, { width: 360, label: "x", description: "x", anchor: (d) => d.key, tip: (d) => ({ value: d.label }) }).svg);
    expect([...t.querySelectorAll("text")].map((x) => x.textContent)).toContain("khoảng 50");
  });

  it("is one image with a name and a description that names every province and value", () => {
    const root = svg(draw(640).svg).querySelector("svg")!;
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Mô hình");
    expect(root.getAttribute("aria-description")).toBe("Mô hình: Tỉnh Bắc 83, Tỉnh Trung trên 366, Tỉnh Nam gần 3.300; không báo cáo: Tỉnh Đông Đà.");
    expect(root.querySelector("style")).toBeNull();
    expect(root.outerHTML).not.toMatch(/ style="/);
  });

  it("lays a link over every mark, the not-reported row included, pointing at its table row", () => {
    const links = [...svg(draw(360).hits).querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(rows.map((d) => `#row-${d.key}`));
    expect(links.find((a) => a.getAttribute("href") === "#row-trung-models")!.getAttribute("data-quote")).toBe("câu trích 366");
  });

  it("outlines the page's own province", () => {
    const bars = [...svg(draw(640).svg).querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars.filter((r) => r.getAttribute("stroke") === "var(--fg)")).toHaveLength(1);
  });

  it("draws one province's own figures named by metric above each bar", () => {
    const own = provinceData(data, data.figures, "bac", ["models", "teams"]);
    const doc = svg(barChart(own, { width: 360, band: "metric", label: "x", description: "x", anchor: (d) => d.key, tip: (d) => ({ value: d.label }) }).svg);
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Chỉ số models", "Chỉ số teams", "83", "khoảng 50"]));
  });
});

describe("barChart in English", () => {
  const en = barData(data, data.figures, "models", "trung", "en");
  const drawn = barChart(en, { width: 640, lang: "en", label: "Models", description: describeBars("Models", en, "en"), anchor: (d) => `row-${d.key}`, tip: (d) => ({ value: d.label }) });

  it("matches its snapshot", async () => {
    await expect(normalise(drawn.svg)).toMatchFileSnapshot("__snapshots__/barChart-en.svg");
    await expect(normalise(drawn.hits)).toMatchFileSnapshot("__snapshots__/barChart-en-hits.svg");
  });

  it("writes qualifiers, gaps and numbers the English way", () => {
    const texts = [...svg(drawn.svg).querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["more than 366", "nearly 3,300", "not reported"]));
    expect(drawn.hits).toContain("Tỉnh Đông Đà: not reported. See the source.");
    expect(drawn.hits).toContain("choose a bar to see its source");
    expect(drawn.hits).not.toMatch(/Xem nguồn|chọn một thanh/);
  });
});
