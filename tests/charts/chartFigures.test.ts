import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { figureCsv } from "../../src/lib/format/figureCsv.ts";
import { indexDataset } from "../../src/lib/shape/indexDataset.ts";
import { allFigures, compareFigures, provinceCharts } from "../../src/site/chartFigures.ts";
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
    expect(charts).not.toContain("ha-tinh-mo-hinh");
    const models = provinceCharts(real, "ha-nam").find((f) => f.id === "ha-nam-mo-hinh")!;
    expect(models.panels[0]!.wide.svg).toMatch(/stroke="var\(--fg\)"/);
  });
});
