import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { coverageSummary } from "../../src/lib/shape/coverageSummary.ts";
import { fixture, result } from "../fixtures/dataset.ts";
import { realFiles } from "../helpers/project.ts";

describe("coverageSummary: how much the provinces' reports overlap", () => {
  it("counts a measure as shared only when two provinces gave numbers for it", () => {
    const s = coverageSummary(fixture());
    expect(s.provinces).toBe(4);
    expect(s.measures).toBe(7);
    // models (3 provinces), teams, share, award_a_collective (Bắc's 20; Trung's has no count), award_a_individual
    expect(s.withNumbers).toBe(5);
    expect(s.shared.map((m) => m.id)).toEqual(["models"]);
    expect(s.comparable).toEqual([]); // the fixture's models are "caution": counted differently
  });

  it("does not count an award given without a number as a second province's figure", () => {
    const data = fixture();
    const s = coverageSummary({ ...data, results: [...data.results, result("nam", "award_a_collective", null, "unquantified")] });
    expect(s.shared.map((m) => m.id)).not.toContain("award_a_collective");
  });

  it("moves a measure into the comparable shared ones as soon as a second province reports it", () => {
    const data = fixture();
    const s = coverageSummary({ ...data, results: [...data.results, result("trung", "teams", 12, "exact")] });
    expect(s.shared.map((m) => m.id)).toEqual(["models", "teams"]);
    expect(s.comparable.map((m) => m.id)).toEqual(["teams"]);
  });

  it("counts one article's figure stated by two sources of the same province once", () => {
    const data = fixture();
    const twice = [...data.results, { ...result("bac", "teams", 50, "about"), source: "bac-2" }];
    expect(coverageSummary({ ...data, results: twice }).shared.map((m) => m.id)).toEqual(["models"]);
  });

  it("agrees with the project's data: every shared measure has numbers from at least two provinces", () => {
    const { dataset } = validateProject(realFiles());
    const s = coverageSummary(dataset);
    expect(s.measures).toBe(dataset.metrics.length);
    for (const m of s.shared) {
      const provinces = new Set(dataset.results.filter((r) => r.metric === m.id && r.value !== null).map((r) => r.province));
      expect(provinces.size, m.id).toBeGreaterThan(1);
    }
    for (const m of dataset.metrics.filter((m) => !s.shared.includes(m))) {
      const provinces = new Set(dataset.results.filter((r) => r.metric === m.id && r.value !== null).map((r) => r.province));
      expect(provinces.size, m.id).toBeLessThanOrEqual(1);
    }
  });
});
