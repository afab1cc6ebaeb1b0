import { describe, expect, it } from "vitest";
import type { Result, Source } from "../../src/lib/data/model.ts";
import { indexFigures } from "../../src/lib/shape/figures.ts";
import { numberDates } from "../../src/lib/shape/numberDates.ts";

const source = (id: string, event_date: string): Source => ({ id, province: "x", outlet: "", title: "", published: "", event_date, author: "", url: "", archive: "", note: "", note_en: "" });
const row = (metric: string, value: number | null, src: string): Result =>
  ({ province: "x", metric, value, qualifier: value === null ? "unquantified" : "exact", source: src, quote: "", note: "", note_en: "" }) as Result;
const sources = new Map([source("x-1", "--11-05"), source("x-2", "2023-08-10"), source("x-3", "")].map((s) => [s.id, s]));

describe("numberDates", () => {
  it("gives no day when every number was given on the page's event day", () => {
    expect(numberDates(indexFigures([row("a", 3, "x-2")]), sources, "x", "2023-08-10")).toEqual([]);
  });
  it("gives the inspection's day when the review's article has only mentions without a number", () => {
    const figures = indexFigures([row("a", 28, "x-1"), row("b", 7100, "x-1"), row("award", null, "x-2")]);
    expect(numberDates(figures, sources, "x", "2023-08-10")).toEqual(["--11-05"]);
  });
  it("gives every known day, each once, when numbers come from two occasions, and leaves out unknown days", () => {
    const figures = indexFigures([row("a", 1, "x-2"), row("b", 2, "x-1"), row("c", 3, "x-3"), row("d", 4, "x-1")]);
    expect(numberDates(figures, sources, "x", "2023-08-10")).toEqual(["--11-05", "2023-08-10"]);
  });
  it("counts only the province's own figures", () => {
    expect(numberDates(indexFigures([{ ...row("a", 1, "x-1"), province: "y" }]), sources, "x", "2023-08-10")).toEqual([]);
  });
});
