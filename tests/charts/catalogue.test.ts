import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { figureCsv } from "../../src/lib/format/figureCsv.ts";
import { indexDataset } from "../../src/lib/shape/indexDataset.ts";
import { allFigures, compareFigures, homeFigure, provinceCharts, storyFigure } from "../../src/figures/catalogue.ts";
import { fixture } from "../fixtures/dataset.ts";
import { realFiles } from "../helpers/project.ts";

const { dataset } = validateProject(realFiles());
const real = indexDataset(dataset);

describe("the site's chart figures", () => {
  it("give every figure a unique id, the same in both editions", () => {
    const ids = allFigures(real).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allFigures(real, "en").map((f) => f.id)).toEqual(ids);
  });

  it.each(allFigures(real, "en").map((f) => [f.id, f] as const))("%s: in English, every word around the chart is English and every number English-formatted", (id, figure) => {
    const vi = allFigures(real).find((f) => f.id === id)!;
    // Vietnamese-only letters may appear in names (Hà Tĩnh) and in quoted Vietnamese words, nowhere else.
    const names = [...real.provinces.flatMap((p) => [p.name, p.capital, p.after_2025.province, ...p.after_2025.merged_with]), "Hoàng Sa", "Trường Sa", "Nghị"];
    const words = [figure.title, figure.subtitle, ...figure.notes, ...(figure.legend ?? []).map((l) => l.label), ...figure.table.columns, ...figure.table.rows.map((r) => r.cells[0]!)];
    for (const text of words) {
      const stripped = names.reduce((t, n) => t.replaceAll(n, ""), text).replace(/“[^”]*”|"[^"]*"/g, "");
      expect(stripped, text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(text, text).not.toMatch(/\d\.\d{3}\b/); // 114.924 is Vietnamese; English writes 114,924
    }
    expect(figure.title).not.toBe(vi.title);
    expect(figure.csvRows).toEqual(vi.csvRows);
    for (const panel of figure.panels) expect(panel.wide.svg).not.toContain("không báo cáo");
  });

  it.each(allFigures(real).map((f) => [f.id, f] as const))("%s: the CSV holds exactly the rows behind its marks", (_, figure) => {
    const csv = Papa.parse<Record<string, string>>(figureCsv(figure), { header: true, skipEmptyLines: true }).data;
    if (figure.csvRows.length === 0) {
      expect(csv).toHaveLength(figure.table.rows.length);
      return;
    }
    const drawn = new Set<string>();
    for (const panel of figure.panels) {
      for (const a of parseHTML(`<html><body>${panel.wide.hits}</body></html>`).document.querySelectorAll("a")) drawn.add(a.getAttribute("data-quote") ?? "");
    }
    expect(csv.map((r) => `${r.province}/${r.metric}/${r.source}`).sort()).toEqual(figure.csvRows.map((r) => `${r.province}/${r.metric}/${r.source}`).sort());
    // Every CSV row's quote is shown by some mark's tooltip: nothing in the file that the chart does not draw.
    for (const row of csv) expect([...drawn].some((q) => q.includes(`“${row.quote}”`)), row.quote).toBe(true);
  });

  it("describes each comparison naming every province, reported or not", () => {
    for (const figure of compareFigures(real)) {
      for (const p of real.provinces) expect(figure.description, figure.id).toContain(p.name);
    }
  });

  it("puts a new province into every comparison with no code change", () => {
    const data = fixture();
    const figures = compareFigures(data);
    for (const p of data.provinces) {
      for (const f of figures.filter((x) => x.id !== "bd-khen-thuong")) expect(f.description, f.id).toContain(p.name);
    }
    expect(provinceCharts(data, "dong").length).toBe(0); // reported nothing: no chart pretends otherwise
  });

  it("shows a province's page only the comparisons it takes part in, with itself highlighted", () => {
    const charts = provinceCharts(real, "ha-tinh").map((f) => f.id);
    expect(charts).toContain("ha-tinh-phat-dong");
    // Hà Tĩnh mentions models without a count: it takes part in that comparison as "có, không nêu số lượng".
    expect(charts).toContain("ha-tinh-mo-hinh");
    expect(provinceCharts(real, "binh-thuan").map((f) => f.id)).not.toContain("binh-thuan-phat-dong");
    const models = provinceCharts(real, "ha-nam").find((f) => f.id === "ha-nam-mo-hinh")!;
    const strong = [...parseHTML(models.panels[0]!.wide.svg).document.querySelectorAll("g[font-weight='800'] text")].map((t) => t.textContent);
    expect(strong).toEqual(["Hà Nam"]);
  });
});

const bars = (svg: string) => [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll("g.bars rect")];

describe("chart forms", () => {
  it("never draws a measure that provinces count differently as bars on one scale", () => {
    for (const figure of allFigures(real)) {
      const metrics = new Set(figure.csvRows.map((r) => r.metric));
      const differing = real.metrics.filter((m) => metrics.has(m.id) && m.comparable !== "yes");
      if (differing.length === 0 || figure.id.startsWith("bd-bao-cao")) continue;
      for (const panel of figure.panels) expect(bars(panel.wide.svg), figure.id).toHaveLength(0);
    }
  });

  it("lists a province's own measures as labelled numbers, never bars on one axis", () => {
    const own = provinceCharts(real, "ha-nam").find((f) => f.id === "ha-nam-enforcement")!;
    expect(bars(own.panels[0]!.wide.svg)).toHaveLength(0);
    const texts = [...parseHTML(own.panels[0]!.narrow.svg).document.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    for (const row of own.table.rows) expect(texts).toContain(row.cells[0]!);
  });

  it("draws collectives and individuals side by side from the same baseline, never stacked", () => {
    const awards = compareFigures(real).find((f) => f.id === "bd-khen-thuong")!;
    const starts = awards.panels.flatMap((p) => bars(p.wide.svg).map((r) => r.getAttribute("x")));
    expect(starts.length).toBeGreaterThan(0);
    expect(new Set(starts).size).toBe(1);
  });

  it("draws a single value as a number, not a one-bar chart", () => {
    for (const figure of allFigures(real)) {
      for (const panel of figure.panels) expect(bars(panel.wide.svg).length, figure.id).not.toBe(1);
    }
  });

  it("states the coverage finding computed from the data", () => {
    const figure = homeFigure(real, "en");
    const numbers = (m: string) => real.results.filter((r) => r.metric === m && r.value !== null).map((r) => r.province);
    const shared = real.metrics.filter((m) => new Set(numbers(m.id)).size > 1);
    expect(figure.subtitle).toContain(`Of ${real.metrics.length} measures, only ${shared.length} `);
    if (shared.every((m) => m.comparable !== "yes")) expect(figure.subtitle).toContain("its own way");
    // The finding is also written on the matrix, under the label of each shared measure.
    const texts = [...parseHTML(figure.panels[0]!.wide.svg).document.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(texts.split("with numbers from more than one province").length - 1).toBe(shared.length);
  });

  it("places in a story the very figure of the province's page, and the comparisons by their id", () => {
    const charts = provinceCharts(real, "ha-nam");
    expect(storyFigure(real, { compare: "models" }, "ha-nam")).toBe(charts.find((f) => f.id === "ha-nam-mo-hinh"));
    expect(storyFigure(real, { group: "enforcement" }, "ha-nam")).toBe(charts.find((f) => f.id === "ha-nam-enforcement"));
    expect(storyFigure(real, { group: "campaigns" }, "ha-tinh")?.id).toBe("ha-tinh-phat-dong");
    expect(storyFigure(real, { compare: "coverage" }, "ha-nam")).toBe(homeFigure(real));
    expect(storyFigure(real, { compare: "map" }, "ha-nam")?.id).toBe("bd-ban-do");
    expect(storyFigure(real, { compare: "campaigns" }, "binh-thuan")).toBeUndefined();
  });

  it("keeps ids unique on a province page, with the coverage matrix and the map placed in its story", () => {
    for (const p of real.provinces) {
      const ids = [...provinceCharts(real, p.slug), homeFigure(real), storyFigure(real, { compare: "map" }, p.slug)!].map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
