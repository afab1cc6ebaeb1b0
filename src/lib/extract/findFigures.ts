import { boundOf } from "../text/bounds.ts";
import { numberWordsIn } from "../text/numberWords.ts";
import type { Qualifier } from "../text/qualifiers.ts";
import { numbersIn, PERCENT_AFTER, type WrittenNumber } from "../text/numbers.ts";
import { readFigure } from "../text/readFigure.ts";
import { countedNoun } from "./countedNoun.ts";
import { isTarget } from "./isTarget.ts";
import { notAFigure } from "./notAFigure.ts";

/** A figure found in an article: where its number is, its value and qualifier, and the words around it. */
export interface FoundFigure {
  /** Offsets of the number as written (with "%" or a word multiplier), in the article text. */
  start: number;
  end: number;
  /** Null when the article gives no number ("hàng nghìn vụ", "nhiều mô hình"). */
  value: number | null;
  qualifier: Qualifier;
  percent: boolean;
  /** The words right after the number, up to the end of the sentence. */
  after: string;
  /** The clause around the number, between sentence marks and semicolons. */
  clause: string;
  /** True for "nhiều" (many), which states no size at all, unlike "hàng nghìn" (thousands). */
  many: boolean;
}

const NO_NUMBER = /(?<![\p{L}])(hàng nghìn|hàng ngàn|hàng trăm|hàng chục|nhiều)\s+(?=\p{L})/giu;

// "năm" is five only as a count: not in "hằng năm", "mỗi năm", "10 năm" and the like, where it is "year".
const YEAR_WORD_BEFORE = /(?:^|[^\p{L}])(\d+|hằng|hàng|mỗi|trong|các|những|từng|cả|qua|một|đầu|cuối|giữa|nửa|sang|năm)\s*$/iu;
// Lines that are picture captions, credits or player controls, not reporting.
const NOT_LINE = /^\s*(ảnh|nguồn|video|clip|đồ họa|đồ hoạ)\s*:|^\s*\d+:\d+\s*\/\s*\d+:\d+\s*$/iu;

/** Finds every figure an article states as a result: numbers in Vietnamese formats, small numbers in words, and counts given only as "many"; never a target. */
export function findFigures(text: string, countedPhrases: readonly string[] = []): FoundFigure[] {
  const found: FoundFigure[] = [];
  const all = numbersIn(text);
  const isCounted = (after: string) => countedNoun(after, countedPhrases.map((p) => p.toLowerCase())) !== undefined;

  // Numbers in digits as the text module reads them whole ("1.078", "114 924", "613 ngàn", "90%").
  for (const n of all) {
    if (n.words) continue;
    const { start, end } = n;
    // Not after what makes a number part of a name, a time or a code ("5+1", "18:40", "A-3", "1/2").
    if (/[\p{L}\p{N}_/.,:+\-–—]/u.test(text[start - 1] ?? "")) continue;
    // A ratio ("956/956 bản") is read as the count achieved, its first number: the whole it is out of stays in
    // the quote, and check reads the ratio the same way (numbers.ts gives it the first number's value).
    // A date ("24/5") reads as a ratio too: a ratio is one only with what it counts after it, at most its whole.
    if (n.of !== undefined && (n.value > n.of || !isCounted(text.slice(n.end)))) continue;
    const token = /^\d(?:[\d.,\u00a0\u202f ]*\d)?(?:\/\d[\d.]*)?/u.exec(n.text)![0];
    if (NOT_LINE.test(lineOf(text, start)) || notAFigure(text, start, start + token.length, isCounted)) continue;
    const qualifier = numberQualifier(text, start, end, all);
    if (!qualifier) continue;
    found.push({ start, end, value: n.value, qualifier, percent: n.percent, many: false, ...around(text, start, end) });
  }

  for (const n of numberWordsIn(text)) {
    const { start, end } = n;
    const word = n.text.toLowerCase();
    // "một" alone is "a" far more often than "one"; a number in words must be followed by what it counts.
    if (word === "một" || !/^\s+\p{L}/u.test(text.slice(end))) continue;
    const context = around(text, start, end);
    if (!isCounted(context.after) || NOT_LINE.test(lineOf(text, start))) continue;
    if (PERCENT_AFTER.test(text.slice(end))) continue; // "hai mươi phần trăm": a share in words, rare enough to leave to the editor
    if (word === "năm" && YEAR_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (notAFigure(text, start, end, isCounted)) continue;
    const qualifier = numberQualifier(text, start, end, all);
    if (!qualifier) continue;
    found.push({ start, end, value: n.value, qualifier, percent: false, many: false, ...context });
  }

  for (const m of text.matchAll(NO_NUMBER)) {
    const start = m.index!;
    const end = start + m[1]!.length;
    const context = around(text, start, end);
    if (!isCounted(context.after) || NOT_LINE.test(lineOf(text, start))) continue;
    found.push({ start, end, value: null, qualifier: "unquantified", percent: false, many: m[1]!.toLowerCase() === "nhiều", ...context });
  }
  // A target or a plan ("phấn đấu có ít nhất 3 mô hình") states no result.
  const results = found.filter((f) => !isTarget(f.clause.slice(0, f.clause.length - f.after.length - (f.end - f.start))));
  return results.sort((a, b) => a.start - b.start);
}

/**
 * The qualifier of a stated number, from the bound words before or after it ("ít hơn 400", "366 đợt trở lên"),
 * or undefined for a range or a bound no qualifier can show: such a figure is not proposed at all, rather than
 * proposed with a meaning it does not have.
 */
function numberQualifier(text: string, start: number, end: number, all: readonly WrittenNumber[]): Qualifier | undefined {
  const bound = boundOf(text, start, end);
  if (!("qualifier" in bound)) return undefined;
  // A change ("tăng 366 đợt") or the value one started from ("tăng từ 27 … lên 40") is no total: not proposed either.
  const role = readFigure(text, start, all)?.role;
  return role === "change" || role === "change_start" ? undefined : bound.qualifier;
}

/** The line of text that holds an offset. */
function lineOf(text: string, offset: number): string {
  const from = text.lastIndexOf("\n", offset - 1) + 1;
  const to = text.indexOf("\n", offset);
  return text.slice(from, to === -1 ? undefined : to);
}

/** The words after a number (to the end of its sentence) and its clause (between . ! ? ; and line breaks). */
function around(text: string, start: number, end: number): { after: string; clause: string } {
  const stop = /[.!?;\n](?!\d)/g;
  stop.lastIndex = end;
  const sentenceEnd = stop.exec(text)?.index ?? text.length;
  let clauseStart = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?;\n](?!\d)/g)) clauseStart = m.index! + 1;
  return { after: text.slice(end, sentenceEnd), clause: text.slice(clauseStart, sentenceEnd) };
}
