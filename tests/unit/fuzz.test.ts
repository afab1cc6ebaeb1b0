import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProjectFiles } from "../../src/lib/data/model.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { toCsv } from "../../src/lib/format/toCsv.ts";
import { fileAt, realFiles } from "../helpers/project.ts";

const RESULTS = "data/results/ha-tinh.csv";
const STORY = "content/provinces/ha-tinh.mdx";
const base = realFiles();
const copy = (): ProjectFiles => structuredClone(base);

/** Every problem points at a real place in a real file: a line that exists, a column from 1. */
function placed(files: ProjectFiles, problems: ReturnType<typeof validateProject>["problems"]) {
  const all = [files.metrics, files.sources, ...files.results, ...files.stories, ...files.translations];
  for (const p of problems) {
    const file = all.find((f) => f.path === p.file);
    expect(file, p.file).toBeDefined();
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(file!.text.split("\n").length + 1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(10);
  }
}

// Text an editor's spreadsheet or a careless paste might produce: any Unicode, quotes, commas, line breaks,
// digits that only look like digits, a byte-order mark, non-breaking and zero-width spaces.
const nasty = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", '"', '""', ",", "\n", "\r\n", "\uFEFF", "\u00A0", "\u200B", "１２３", "٣", "𝟙𝟚", "1.000,5", "1e3", "Infinity", "NaN", "0x1F", "-0", "=1+1", "@SUM(A1)", "  83  "),
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
);
const metric = fc.oneof(fc.constantFrom("campaign_launches", "campaign_participant_turns", "models", "award_ppc_chair_collective"), nasty);
const qualifier = fc.oneof(fc.constantFrom("exact", "over", "nearly", "about", "unquantified"), nasty);
const source = fc.oneof(fc.constant("ha-tinh-1"), fc.constant("ha-nam-1"), nasty);

describe("the data layer under random input", () => {
  it("loads a results row with its values unchanged, or refuses it at a real file:line:column", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(metric, nasty, qualifier, source, nasty, nasty), { maxLength: 6 }), fc.boolean(), fc.boolean(), (rows, crlf, bom) => {
        const files = copy();
        let text = toCsv(["metric", "value", "qualifier", "source", "quote", "note"], rows, { guardFormulas: false });
        if (crlf) text = text.replaceAll("\n", "\r\n");
        if (bom) text = `\uFEFF${text}`;
        fileAt(files, RESULTS).text = text;
        const { dataset, problems } = validateProject(files);
        placed(files, problems);
        if (!problems.some((p) => p.file === RESULTS)) {
          const loaded = dataset.results.filter((r) => r.province === "ha-tinh");
          expect(loaded).toHaveLength(rows.length);
          loaded.forEach((r, i) => {
            const [m, v, q, s, quote, note] = rows[i]!;
            expect([r.metric, r.value, r.qualifier, r.source, r.quote, r.note]).toEqual([m, v === "" ? null : Number(v), q, s, quote, note]);
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("loads well-formed rows whose quotes hold any text around the number, values unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }), (value, before, after) => {
        const files = copy();
        const written = value.toLocaleString("de-DE"); // the Vietnamese grouping: 114.924
        const quote = `${before} ${written} ${after}`;
        fileAt(files, RESULTS).text = toCsv(["metric", "value", "qualifier", "source", "quote", "note"], [["campaign_launches", String(value), "exact", "ha-tinh-1", quote, ""]], { guardFormulas: false });
        const { dataset, problems } = validateProject(files);
        placed(files, problems);
        const own = problems.filter((p) => p.file === RESULTS);
        if (own.length === 0) expect(dataset.results.find((r) => r.province === "ha-tinh")).toMatchObject({ value, quote });
        else expect(own.every((p) => /quote|qualifier|value|placeholder|empty|Fig/.test(p.message)), JSON.stringify(own)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads any frontmatter value or deleted line without crashing, and keeps accepted values as written", () => {
    const lines = fileAt(base, STORY).text.split("\n");
    const end = lines.indexOf("---", 1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: end - 1 }), nasty, fc.boolean(), (line, value, remove) => {
        const files = copy();
        const edited = [...lines];
        if (remove) edited.splice(line, 1);
        else edited[line] = edited[line]!.replace(/:(.*)$/, `: ${JSON.stringify(value)}`);
        fileAt(files, STORY).text = edited.join("\n");
        const { dataset, problems } = validateProject(files);
        placed(files, problems);
        const province = dataset.provinces.find((p) => p.slug === "ha-tinh");
        if (province && !remove && /^(name|region|capital): /.test(lines[line]!)) {
          expect(province[lines[line]!.split(":")[0] as "name"]).toBe(value);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("survives random bytes in every kind of editor's file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(RESULTS, STORY, "data/metrics.csv", "data/sources.csv"), (bytes, path) => {
        const files = copy();
        fileAt(files, path).text = new TextDecoder("utf-8").decode(bytes);
        const { problems } = validateProject(files);
        placed(files, problems);
      }),
      { numRuns: 1000 },
    );
  });
});
