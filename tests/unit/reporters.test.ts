import { describe, expect, it } from "vitest";
import { sentenceStart } from "../../src/i18n/sentenceStart.ts";
import { UI } from "../../src/i18n/ui.ts";
import { provinceTotal, reportersOf } from "../../src/lib/shape/reporters.ts";
import { metric, province, result } from "../fixtures/dataset.ts";

// Four provinces north to south (Bắc, Trung, Đông, Nam); a metric reported by one, two or all of them.
const provinces = [province("nam", "Tỉnh Nam", 11), province("bac", "Tỉnh Bắc", 22), province("dong", "Tỉnh Đông", 15), province("trung", "Tỉnh Trung", 18)];
const metrics = [metric("models"), metric("fields"), metric("launches", { group: "campaigns" }), metric("turns", { group: "campaigns" }), metric("award", { group: "awards" })];
const results = [
  result("nam", "models", 27, "exact"),
  result("bac", "models", 83, "exact"),
  result("dong", "models", 28, "exact"),
  result("trung", "models", 5, "exact"),
  result("nam", "fields", 6, "exact"),
  result("trung", "launches", 366, "over"),
  result("bac", "turns", 1000, "over"),
  result("bac", "award", 20, "exact"),
  result("trung", "award", null, "unquantified"),
];
const dataset = { provinces, metrics, results };
const slugs = (subject: Parameters<typeof reportersOf>[1], except?: string) => reportersOf(dataset, subject, except).reporters.map((p) => p.slug);

describe("reportersOf", () => {
  it("lists the provinces that reported a metric, north to south, out of all of them", () => {
    expect(reportersOf(dataset, { metric: "fields" })).toMatchObject({ total: 4, others: false });
    expect(slugs({ metric: "fields" })).toEqual(["nam"]);
    expect(slugs({ metric: "models" })).toEqual(["bac", "trung", "dong", "nam"]);
    expect(slugs({ metric: "nothing" })).toEqual([]);
  });

  it("counts a group as reported when any of its metrics is, and counted leaves out figures without a number", () => {
    expect(slugs({ group: "campaigns" })).toEqual(["bac", "trung"]);
    expect(slugs({ metric: "award" })).toEqual(["bac", "trung"]);
    expect(slugs({ metric: "award", counted: true })).toEqual(["bac"]);
  });

  it("leaves the page's province out of reporters and total for 'the other provinces'", () => {
    expect(reportersOf(dataset, { metric: "models" }, "nam")).toMatchObject({ total: 3, others: true });
    expect(slugs({ metric: "fields" }, "nam")).toEqual([]);
    expect(provinceTotal(dataset)).toBe(4);
    expect(provinceTotal(dataset, "nam")).toBe(3);
  });

  it("follows the data: a province added with the metric changes the answer", () => {
    const more = { ...dataset, provinces: [...provinces, province("moi", "Tỉnh Mới", 12)], results: [...results, result("moi", "fields", 3, "exact")] };
    expect(reportersOf(more, { metric: "fields" }).reporters.map((p) => p.slug)).toEqual(["moi", "nam"]);
    expect(reportersOf(more, { metric: "fields" }).total).toBe(5);
  });
});

describe("claim words keep their grammar for none, one, two, a few, some and all", () => {
  const names = (n: number) => ["Hà Nam", "Hà Tĩnh", "Bình Thuận", "Thái Nguyên", "Đắk Thử"].slice(0, n);
  it.each([
    [0, 4, false, "không tỉnh nào", "no province"],
    [0, 3, true, "không tỉnh nào khác", "no other province"],
    [1, 4, false, "chỉ Hà Nam", "only Hà Nam"],
    [2, 4, false, "Hà Nam và Hà Tĩnh", "Hà Nam and Hà Tĩnh"],
    [3, 5, false, "Hà Nam, Hà Tĩnh và Bình Thuận", "Hà Nam, Hà Tĩnh and Bình Thuận"],
    [4, 5, false, "4 trong 5 tỉnh", "4 of 5 provinces"],
    [4, 4, false, "cả bốn tỉnh", "all four provinces"],
    [3, 3, true, "cả ba tỉnh còn lại", "all three other provinces"],
    [2, 2, false, "cả hai tỉnh", "both provinces"],
    [1, 1, false, "chỉ Hà Nam", "only Hà Nam"],
  ])("%i of %i (others: %s)", (n, total, others, vi, en) => {
    expect(UI.vi.claims.reporters(names(n), total, others)).toBe(vi);
    expect(UI.en.claims.reporters(names(n), total, others)).toBe(en);
  });

  it("counts as 'X trong N tỉnh' / 'X of N provinces', and all as 'cả bốn tỉnh' / 'all four provinces'", () => {
    expect(UI.vi.claims.reporterCount(1, 4, false)).toBe("1 trong 4 tỉnh");
    expect(UI.en.claims.reporterCount(1, 4, false)).toBe("1 of 4 provinces");
    expect(UI.en.claims.reporterCount(2, 3, true)).toBe("2 of 3 other provinces");
    expect(UI.vi.claims.reporterCount(5, 5, false)).toBe("cả năm tỉnh");
    expect(UI.en.claims.reporterCount(5, 5, false)).toBe("all five provinces");
    expect(UI.en.claims.reporterCount(12, 12, false)).toBe("all 12 provinces");
  });

  it("names totals in words up to ten, with 'còn lại' / 'other' and the singular for one", () => {
    expect(UI.vi.claims.provinceCount(4, false)).toBe("bốn tỉnh");
    expect(UI.vi.claims.provinceCount(3, true)).toBe("ba tỉnh còn lại");
    expect(UI.en.claims.provinceCount(4, false)).toBe("four provinces");
    expect(UI.en.claims.provinceCount(1, true)).toBe("one other province");
    expect(UI.en.claims.provinceCount(63, false)).toBe("63 provinces");
  });

  it("capitalises a claim that opens a sentence, Vietnamese letters included", () => {
    expect(sentenceStart("chỉ Hà Tĩnh")).toBe("Chỉ Hà Tĩnh");
    expect(sentenceStart("đắk")).toBe("Đắk");
    expect(sentenceStart("only Hà Tĩnh")).toBe("Only Hà Tĩnh");
  });
});
