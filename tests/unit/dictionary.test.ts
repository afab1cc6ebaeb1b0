import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.ts";
import { UI } from "../../src/i18n/ui.ts";
import { coverageSummary, type CoverageSummary } from "../../src/lib/shape/coverageSummary.ts";
import { fixture, metric, result } from "../fixtures/dataset.ts";

/** Every string a dictionary holds (functions are called with sample arguments elsewhere). */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(typeof v === "object" && v && "text" in v ? v.text : v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe.each(LANGS.map((l) => [l]))("the %s dictionary", (lang) => {
  const t = UI[lang];

  it("fills every word: no empty string, no placeholder left", () => {
    for (const [path, text] of strings(t)) {
      expect(text.trim(), path).not.toBe("");
      expect(text, path).not.toMatch(/TODO|XXX|\{\w+\}/);
    }
  });

  it("words the finding from the data, whatever it is", () => {
    const base = fixture();
    const word = (s: CoverageSummary) => t.home.finding(s);
    // The fixture: 7 measures, one (models) with numbers from three provinces, counted differently.
    const one = word(coverageSummary(base));
    expect(one.sentence).toContain("7");
    expect(one.sentence).toMatch(lang === "en" ? /only one has numbers from more than one province, and each counted differently/ : /chỉ 1 chỉ số có số của hơn một tỉnh, và mỗi tỉnh đếm theo cách riêng/);
    expect(one.headline).toMatch(lang === "en" ? /no two counted the same thing/ : /không có hai tỉnh nào đếm cùng một thứ/);
    // None shared.
    const none = word(coverageSummary({ ...base, results: base.results.filter((r) => r.metric !== "models") }));
    expect(none.sentence).not.toEqual(one.sentence);
    expect(none.sentence).toMatch(lang === "en" ? /none has numbers from more than one/ : /không chỉ số nào có số của hơn một tỉnh/);
    // Two shared, one of them comparable: the headline no longer says almost nothing compares.
    const two = word(coverageSummary({ ...base, results: [...base.results, result("trung", "teams", 12, "exact")] }));
    expect(two.sentence).toMatch(lang === "en" ? /only two have numbers from more than one province\./ : /chỉ 2 chỉ số có số của hơn một tỉnh\./);
    expect(two.headline).not.toEqual(one.headline);
    expect(two.headline).toContain(lang === "en" ? "one measure has numbers from more than one" : "một chỉ số có số của hơn một tỉnh");
  });

  it("heads the comparison page with what the data lets compare", () => {
    const base = fixture();
    // The fixture: one measure (models) with numbers from three provinces, each counting its own way.
    // The one shared measure is named, as its label says it, without the label's bracketed gloss.
    const models = base.metrics.find((m) => m.id === "models")!;
    const named = (lang === "en" ? models.label_en : models.label_vi).replace(/\s*\(.*\)$/, "").toLowerCase();
    expect(t.compare.headline(coverageSummary(base))).toBe(lang === "en" ? `The provinces share only the number of ${named}, and each counts it its own way` : `Các tỉnh chỉ cùng nêu số ${named}, và mỗi tỉnh đếm một kiểu`);
    const none = t.compare.headline(coverageSummary({ ...base, results: base.results.filter((r) => r.metric !== "models") }));
    expect(none).toMatch(lang === "en" ? /share no measure/ : /không có chỉ số nào chung/);
    const two = t.compare.headline(coverageSummary({ ...base, results: [...base.results, result("trung", "teams", 12, "exact")] }));
    expect(two).toMatch(lang === "en" ? /^One measure compares across provinces$/ : /^Một chỉ số so được giữa các tỉnh$/);
  });

  it("counts the provinces in the headline", () => {
    const data = fixture();
    const five = { ...data, provinces: [...data.provinces, { ...data.provinces[0]!, slug: "tay" }], metrics: [...data.metrics, metric("extra")] };
    const s = coverageSummary(five);
    expect(t.home.finding(s).headline).toMatch(lang === "en" ? /^Five provinces/ : /^Năm tỉnh/);
  });
});

describe("the side-by-side view's line of what a province did not report, in English", () => {
  it("names the awarding bodies inside the sentence as a list, without a header's capital that is no name's", () => {
    const { vff_committee, police_director } = UI.en.labels.awardBodies;
    expect(UI.en.side.awardMissing([vff_committee, police_director])).toBe("awards from the Fatherland Front and the police director");
  });
});
