import fc from "fast-check";
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/lib/format/formatNumber.ts";
import { BOUNDS_AFTER, BOUNDS_BEFORE } from "../../src/lib/text/bounds.ts";
import { numbersIn } from "../../src/lib/text/numbers.ts";
import { NUMBER_QUALIFIERS, type Qualifier } from "../../src/lib/text/qualifiers.ts";
import { readFigure } from "../../src/lib/text/readFigure.ts";
import { metric, verify } from "../helpers/verifyRow.ts";

// Issue 21: for any article sentence that states a figure, every substring check accepts as a quote gives the
// same value and qualifier as the whole sentence. Sentences are made up: an opening, maybe a bound word, the
// number in one of the ways articles write it, what it counts, maybe a bound after, a closing.
const config = new ReadingConfig();
config.unit = [];
const COUNT = metric();

const written = fc.oneof(
  fc.integer({ min: 1, max: 2_000_000 }).map((n) => ({ n, text: formatNumber(n) })),
  fc.integer({ min: 1000, max: 2_000_000 }).map((n) => ({ n, text: formatNumber(n).replaceAll(".", " ") })),
  fc.integer({ min: 1, max: 99_999 }).map((n) => ({ n, text: String(n) })),
  fc.integer({ min: 2, max: 1_000_000 }).map((n) => ({ n, text: doReadNumber(String(n), config) })),
);
const sentence = fc.record({
  opening: fc.constantFrom("Toàn tỉnh có", "Công an tỉnh đã triệt phá", "Qua phong trào, các xã xây dựng", "Đến nay"),
  before: fc.constantFrom("", "", ...Object.keys(BOUNDS_BEFORE)),
  number: written,
  noun: fc.constantFrom("mô hình", "ổ nhóm tội phạm", "hồ sơ đề nghị", "tổ, đội tự quản", "lượt người tham gia"),
  after: fc.constantFrom("", "", "", ...Object.keys(BOUNDS_AFTER)),
  closing: fc.constantFrom("", " ở cơ sở", " trong giai đoạn vừa qua"),
});

describe("a quote check accepts means what its whole sentence means", () => {
  it("every accepted substring gives the sentence's value and qualifier", () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 8, maxLength: 8 }), (s, cuts) => {
        const text = `${s.opening} ${s.before ? `${s.before} ` : ""}${s.number.text} ${s.noun}${s.after ? ` ${s.after}` : ""}${s.closing}.`;
        const whole = readFigure(text, text.indexOf(s.number.text, s.opening.length))!;
        fc.pre(whole.number.value === s.number.n && "qualifier" in whole.bound && whole.role === "total");
        const meant: [number, Qualifier] = [whole.number.value, (whole.bound as { qualifier: Qualifier }).qualifier];
        // Every run of whole words (a careless drag in the desk), and random cuts across the number's letters.
        const starts = [...text.matchAll(/\S+/gu)].map((m) => m.index!);
        const ends = [...text.matchAll(/\S+/gu)].map((m) => m.index! + m[0].length);
        const byWords = starts.flatMap((a) => ends.filter((b) => b > a).map((b) => text.slice(a, b)));
        const quotes = [...byWords, ...cuts.map(([a, b]) => text.slice(Math.min(a, b) % text.length, Math.max(a, b) % (text.length + 1)))];
        for (const quote of quotes.filter((q) => q.trim() === q && q.length > 0)) {
          for (const n of numbersIn(quote)) {
            for (const qualifier of NUMBER_QUALIFIERS) {
              if (verify(text, COUNT, n.value, qualifier, quote).length === 0) expect([n.value, qualifier], `${JSON.stringify(quote)} of ${JSON.stringify(text)}`).toEqual(meant);
            }
          }
        }
        // And the sentence's own figure, quoted with its words, is accepted.
        expect(verify(text, COUNT, meant[0], meant[1], text.slice(whole.span.start, whole.span.end)), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
