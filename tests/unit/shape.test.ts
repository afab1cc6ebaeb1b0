import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { figureKey, indexFigures } from "../../src/lib/shape/figures.ts";
import { missingFor } from "../../src/lib/shape/missingFor.ts";
import { barData } from "../../src/lib/shape/barData.ts";
import { provinceFigures } from "../../src/lib/shape/provinceFigures.ts";
import { sortProvinces } from "../../src/lib/shape/sortProvinces.ts";
import { aroundHighlight } from "../../src/lib/shape/aroundHighlight.ts";
import { lastUpdated } from "../../src/lib/shape/lastUpdated.ts";
import { comparisonMetrics, coverageCells } from "../../src/lib/shape/coverage.ts";
import { coverageSummary } from "../../src/lib/shape/coverageSummary.ts";
import { fixture } from "../fixtures/dataset.ts";
import { realFiles } from "../helpers/project.ts";

const { dataset } = validateProject(realFiles());
const figures = indexFigures(dataset.results);

describe("shaping the data for pages", () => {
  it("shows a province among at most n neighbours in rank, however many provinces there are", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ i, highlight: i === 20 }));
    expect(aroundHighlight(rows, 12)).toEqual({ rows: rows.slice(14, 26), hidden: 18 });
    expect(aroundHighlight(rows.map((r) => ({ ...r, highlight: r.i === 0 })), 12).rows.map((r) => r.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(aroundHighlight(rows.map((r) => ({ ...r, highlight: r.i === 29 })), 12).rows.at(-1)!.i).toBe(29);
    expect(aroundHighlight(rows.slice(0, 4), 12)).toEqual({ rows: rows.slice(0, 4), hidden: 0 });
  });

  it("orders provinces north to south", () => {
    expect(sortProvinces(dataset.provinces).map((p) => p.slug)).toEqual(["thai-nguyen", "ha-nam", "ha-tinh", "binh-thuan"]);
  });

  it("keeps one figure per province and metric, with a row for every article that states it", () => {
    const models = figures.get(figureKey("ha-nam", "models"))!;
    expect(models).toMatchObject({ value: 83, qualifier: "exact" });
    expect(models.rows.map((r) => r.source)).toEqual(["ha-nam-1", "ha-nam-2"]);
    expect(figures.size).toBe(new Set(dataset.results.map((r) => `${r.province}/${r.metric}`)).size);
  });

  it("leaves a province without a figure, never with zero, where it did not report", () => {
    const bars = Object.fromEntries(barData(dataset, figures, "campaign_launches").map((d) => [d.province.slug, d]));
    expect(bars["ha-tinh"]!.figure).toMatchObject({ value: 366, qualifier: "over" });
    expect(bars["ha-tinh"]!.label).toBe("trên 366");
    expect(bars["ha-nam"]!.figure).toBeUndefined();
    expect(bars["ha-nam"]!.label).toBe("không báo cáo");
    expect(barData(dataset, figures, "campaign_launches", undefined, "en").find((d) => d.province.slug === "thai-nguyen")!.label).toBe("not reported");
  });

  it("ranks comparable metrics by value, and never ranks a metric whose definition differs by province", () => {
    expect(barData(dataset, figures, "models").map((d) => d.province.slug)).toEqual(["thai-nguyen", "ha-nam", "ha-tinh", "binh-thuan"]);
    // A count first, then "given, no count" (Hà Tĩnh; Thái Nguyên's review, thai-nguyen-2), then not reported.
    expect(barData(dataset, figures, "award_ppc_chair_collective").map((d) => d.province.slug)).toEqual(["ha-nam", "ha-tinh", "thai-nguyen", "binh-thuan"]);
  });

  it("keeps unquantified figures apart from missing ones", () => {
    const bars = Object.fromEntries(barData(dataset, figures, "award_ppc_chair_collective", undefined, "en").map((d) => [d.province.slug, d]));
    expect(bars["ha-tinh"]).toMatchObject({ figure: { value: null, qualifier: "unquantified" }, label: "yes, no count given" });
    expect(bars["ha-nam"]!.figure).toMatchObject({ value: 20 });
    expect(bars["binh-thuan"]!.figure).toBeUndefined();
  });

  it("refuses to lay out a metric the dictionary lacks", () => {
    expect(() => barData(dataset, figures, "no_such_metric")).toThrow(/no metric "no_such_metric"/);
  });

  it("lists what others reported and a province did not", () => {
    const missing = missingFor(dataset, "ha-tinh").map((m) => m.id);
    // Hà Tĩnh mentions models without a count: mentioned is reported, not missing.
    expect(missing).not.toContain("models");
    expect(missing).toContain("models_program_09");
    expect(missing).not.toContain("campaign_launches");
    expect(missing).not.toContain("award_ppc_chair_collective"); // reported, though without a count
  });

  it("groups a province's figures in dictionary order and says a shared note once", () => {
    const groups = provinceFigures(dataset, figures, "ha-nam");
    expect(groups.map((g) => g.group)).toEqual(["models", "safety", "police", "awards", "enforcement"]);
    const models = groups[0]!.rows.find((r) => r.metric.id === "models")!;
    expect(models.notes).toHaveLength(1);
    expect(models.figure.rows).toHaveLength(2);
    const english = provinceFigures(dataset, figures, "ha-nam", "en")[0]!.rows.find((r) => r.metric.id === "models")!;
    expect(english.notes).toEqual([models.figure.rows[0]!.note_en]);
  });

  it("quotes a sentence two articles share once, crediting both, and keeps different wordings apart", () => {
    for (const group of provinceFigures(dataset, figures, "ha-nam"))
      for (const row of group.rows) {
        expect(row.provenance.flatMap((p) => p.sources).sort()).toEqual(row.figure.rows.map((r) => r.source).sort());
        expect(new Set(row.provenance.map((p) => p.quote)).size).toBe(row.provenance.length);
        for (const p of row.provenance) for (const s of p.sources) expect(row.figure.rows.find((r) => r.source === s)!.quote).toBe(p.quote);
      }
    const awards = provinceFigures(dataset, figures, "ha-nam").find((g) => g.group === "awards")!.rows[0]!;
    expect(awards.provenance).toEqual([{ quote: "20 tập thể, 23 cá nhân có thành tích xuất sắc", sources: ["ha-nam-1", "ha-nam-2"] }]);
  });

  it("does not print a note the row just above already printed (Hà Nam's awards share one sentence)", () => {
    const awards = provinceFigures(dataset, figures, "ha-nam", "en").find((g) => g.group === "awards")!.rows;
    const [collective, individual] = [awards.find((r) => r.metric.id === "award_ppc_chair_collective")!, awards.find((r) => r.metric.id === "award_ppc_chair_individual")!];
    expect(awards.indexOf(individual)).toBe(awards.indexOf(collective) + 1);
    expect(collective.newNotes).toEqual(collective.notes);
    expect(individual.notes).toEqual(collective.notes);
    expect(individual.newNotes).toEqual([]);
    for (const group of provinceFigures(dataset, figures, "ha-nam"))
      group.rows.forEach((row, i) => expect(row.newNotes.filter((n) => i > 0 && group.rows[i - 1]!.notes.includes(n))).toEqual([]));
  });
});

describe("lastUpdated", () => {
  it("is the editors' edition date, or a later correction's", () => {
    const edition = { published: "2026-11-22", updated: "2026-11-22" };
    const correction = (date: string) => ({ date, province: "x", metric: "m", source: "x-1", from: "1", to: "2", reason: "r", reason_en: "r" });
    expect(lastUpdated({ edition, corrections: [] })).toBe("2026-11-22");
    expect(lastUpdated({ edition, corrections: [correction("2024-03-01")] })).toBe("2026-11-22");
    expect(lastUpdated({ edition, corrections: [correction("2024-03-01"), correction("2027-01-05")] })).toBe("2027-01-05");
  });

  it("marks every measure × province as a number, given without a count, or not reported (never zero)", () => {
    const data = fixture();
    const cells = coverageCells(data, data.figures);
    expect(cells).toHaveLength(data.metrics.length * data.provinces.length);
    const status = (p: string, m: string) => cells.find((c) => c.province.slug === p && c.metric.id === m)!.status;
    expect([status("bac", "models"), status("trung", "award_a_collective"), status("dong", "models")]).toEqual(["number", "unquantified", "none"]);
  });

  it("counts the measures with numbers from more than one province, and which of those are counted differently", () => {
    const data = fixture();
    const summary = coverageSummary(data);
    // Fixture: models has numbers from three provinces (and differs by province); the award has one number and one "given".
    expect(summary.shared.map((m) => m.id)).toEqual(["models"]);
    expect(summary.sharedDiffering.map((m) => m.id)).toEqual(["models"]);
    expect(summary.measures).toBe(data.metrics.length);
    expect(summary.perProvince.map((p) => [p.province.slug, p.reported])).toEqual([["bac", 5], ["trung", 2], ["dong", 0], ["nam", 1]]);
  });

  it("takes each comparison's measures from the dictionary's compare column", () => {
    expect(comparisonMetrics(dataset.metrics, "campaigns").map((m) => m.id)).toEqual(dataset.metrics.filter((m) => m.group === "campaigns").map((m) => m.id));
    expect(comparisonMetrics(dataset.metrics, "models").map((m) => m.id)).toEqual(["models"]);
    expect(comparisonMetrics(dataset.metrics, "awards").every((m) => m.award_level !== "")).toBe(true);
  });
});
