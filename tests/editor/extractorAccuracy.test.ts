import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { spellings } from "../../src/lib/text/valueInQuote.ts";
import { extractFigures, type Candidate } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";
import { REVIEW_ARTICLES } from "./reviewArticles.ts";

const { metrics } = validateProject(realFiles()).dataset;

// A proposal is right when the key holds a figure with its value and qualifier (and, for "many", its metric).
const matches = (c: Candidate, [metric, value, qualifier]: readonly [string, number | null, string]) =>
  c.value === value && c.qualifier === qualifier && (value !== null || c.metric === metric);

const runs = REVIEW_ARTICLES.map((article) => ({ article, rows: extractFigures(article.text, metrics, "test-1") }));

// The whole test set at once: the targets of issue 11 are on all proposals and all figures together.
describe("the extractor on test articles in the style of the ten-year reviews", () => {
  const proposals = runs.flatMap(({ article, rows }) => rows.map((row) => ({ row, kept: article.key.some((k) => matches(row, k)) })));
  const figures = runs.flatMap(({ article, rows }) => article.key.map((k) => ({ k, found: rows.some((r) => matches(r, k)) })));

  it("proposes figures an editor keeps: at least 95 % precision", () => {
    const wrong = proposals.filter((p) => !p.kept).map((p) => `${p.row.metric}=${p.row.value} “${p.row.quote}”`);
    expect(wrong.length, wrong.join("\n")).toBeLessThanOrEqual(proposals.length * 0.05);
  });

  it("finds the figures: at least 95 % recall", () => {
    const missed = figures.filter((f) => !f.found).map((f) => f.k.join(" "));
    expect(missed.length, missed.join("\n")).toBeLessThanOrEqual(figures.length * 0.05);
  });

  it.each(runs.map((r) => [r.article.name, r] as const))("names each figure it finds as the key does: %s", (_, { article, rows }) => {
    const named = rows.flatMap((r) => article.key.filter((k) => matches(r, k)).map((k) => [r.value, r.metric, k[0]]));
    expect(named.filter(([, got, want]) => got !== want)).toEqual([]);
  });

  it.each(runs.map((r) => [r.article.name, r] as const))("quotes each figure in its own clause, exactly as written: %s", (_, { article, rows }) => {
    for (const r of rows) {
      expect(article.text).toContain(r.quote);
      // A quoted name is quoted whole or not at all: never a lone “ or ”.
      expect(r.quote.split("“").length, r.quote).toBe(r.quote.split("”").length);
      // Another figure's number in the quote means it ran past its clause.
      const others = rows.filter((o) => o !== r && o.value !== null && o.value !== r.value);
      for (const o of others) {
        const written = spellings(o.value!).filter((s) => /\d/.test(s) && s.length > 1);
        expect(written.some((s) => new RegExp(`(?<![\\d.,])${s.replace(/[.]/g, "\\.")}(?![\\d]|[.,]\\d)`).test(r.quote)), `${r.quote} holds ${o.value}`).toBe(false);
      }
    }
  });
});
