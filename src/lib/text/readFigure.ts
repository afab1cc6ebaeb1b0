import { awardingBody, type AwardBody } from "./awardBody.ts";
import { boundOf, rangeAround, type BoundReading } from "./bounds.ts";
import { numberAt, numbersIn, type WrittenNumber } from "./numbers.ts";

/**
 * What a number is in its sentence: a `total` (the default, "83 mô hình"), one end of a range (`range_end`,
 * "từ 300 đến 400 tổ"), the value a change started from (`change_start`, "tăng từ 27 … lên 40"), or a change
 * itself (`change`, "tăng 366 đợt"). A metric publishes only totals unless its `reading` says otherwise.
 */
export const FIGURE_ROLES = ["total", "range_end", "change_start", "change"] as const;

/** One of {@link FIGURE_ROLES}. */
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** How a figure sits in its text: the whole number, its bound, what it is, what it counts and who gave it. */
export interface FigureReading {
  number: WrittenNumber;
  /** The bound words around the number, as bounds.ts reads them (a range is a role here, not a refusal). */
  bound: BoundReading;
  role: FigureRole;
  /** The words that give the role ("từ 300 đến 400", "tăng 366"), for a message; empty for a total. */
  roleWords: string;
  /** Offsets of everything a quote of the figure must hold: its bound words, the number, its role's words. */
  span: { start: number; end: number };
  /** The words right after the number, up to the end of its clause (at most eight words): what it counts. */
  noun: string;
  /** For awards, the body the figure's clause (else its sentence) names as giving them. */
  body?: AwardBody;
  /** The sentence that holds the number. */
  sentence: { start: number; end: number };
}

// A clause ends at a sentence mark or a semicolon, a sentence at a sentence mark (not at the dot of "114.924").
const CLAUSE_MARKS = ".!?;\n";
const SENTENCE_MARKS = ".!?\n";
// Changes are stated with a verb right before the number (after its bound words): "tăng 366", "giảm hơn 20",
// "tăng thêm 5". "tăng lên 40" and "giảm còn 10" state where the change ended, a level, and "tăng cường" is "step up".
const CHANGE_BEFORE = /(?:^|[^\p{L}])(tăng|giảm)(?:\s+(?:thêm|đi|bớt))?\s*$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])từ\s*$/iu;
// After "từ N", the end of a change ("… lên 40", "… xuống còn 10") or of a range ("… đến 400").
// "trở lên" (or more) is a bound, not "up to": "từ 10 hộ trở lên có 25 tổ" is no change from 10 to 25.
const CHANGE_AFTER = /^[^.;!?\n]*?(?<!trở)\s(lên|xuống)\s+(?:còn\s+|mức\s+)?(?:\p{L}+\s+){0,2}?\d[\d.,]*/iu;
const RANGE_AFTER = /^(?:\s*%?(?:\s+\p{L}+){0,4}?)\s+(?:đến|tới)\s+(?:\p{L}+\s+){0,2}?\d[\d.,]*/iu;
// The upper end of "từ 300 tổ đến 400 tổ": only a bound word may stand between "đến" and it, and the lower end is
// no year, or "từ 2013 đến nay có 400 mô hình" would make 400 a range's end.
const RANGE_BEFORE = /(?:^|[^\p{L}])từ\s+(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?:\s*%)?(?:\s+[\p{L},]+){0,4}?\s+(?:đến|tới)\s+(?:(?:hơn|trên|gần|khoảng|gần\s+như)\s+)?$/iu;

/**
 * The clause or sentence around an offset: from after the last mark before it to the next mark after it. Scans
 * only that far, not the whole article, since every row's figure is read in its article.
 */
function around(text: string, offset: number, marks: string): { start: number; end: number } {
  const isMark = (i: number) => marks.includes(text[i]!) && !/\d/.test(text[i + 1] ?? "");
  let start = offset;
  while (start > 0 && !isMark(start - 1)) start--;
  let end = offset;
  while (end < text.length && !isMark(end)) end++;
  return { start, end };
}

/** What the number is, and the words that say so: a range end, a change's start, a change, or a total. */
function roleOf(text: string, n: WrittenNumber, boundFrom: number, clause: { start: number; end: number }): { role: FigureRole; words: string; start: number; end: number } {
  const head = text.slice(clause.start, n.start);
  const tail = text.slice(n.end, clause.end);
  const beside = rangeAround(text, n.start, n.end);
  if (beside) {
    let at = text.indexOf(beside, Math.max(clause.start, n.start - beside.length));
    // "từ 300 đến 400": the "từ" that opens the range belongs to it.
    const opener = /(?:^|[^\p{L}])(từ\s+)$/iu.exec(text.slice(clause.start, at));
    if (opener) at -= opener[1]!.length;
    const end = Math.max(text.indexOf(beside, at) + beside.length, n.end);
    return { role: "range_end", words: beside, start: Math.min(at, n.start), end };
  }
  const before = RANGE_BEFORE.exec(head);
  if (before) return { role: "range_end", words: text.slice(clause.start + before.index, n.end).trim(), start: clause.start + before.index + (before[0].length - before[0].trimStart().length), end: n.end };
  if (FROM_BEFORE.test(text.slice(clause.start, boundFrom))) {
    const from = text.slice(clause.start, boundFrom).search(/từ\s*$/iu) + clause.start;
    const range = RANGE_AFTER.exec(tail);
    if (range) return { role: "range_end", words: text.slice(from, n.end + range[0].length), start: from, end: n.end + range[0].length };
    const change = CHANGE_AFTER.exec(tail);
    if (change) return { role: "change_start", words: text.slice(from, n.end + change[0].length), start: from, end: n.end };
  }
  const verb = CHANGE_BEFORE.exec(text.slice(clause.start, boundFrom));
  if (verb) {
    const start = clause.start + verb.index + verb[0].indexOf(verb[1]!);
    return { role: "change", words: text.slice(start, n.end), start, end: n.end };
  }
  return { role: "total", words: "", start: n.start, end: n.end };
}

/**
 * The words after a number to the end of its clause, at most eight: what it counts ("ổ nhóm tội phạm"), without a
 * "số" (the number of) before it: "100% số xã, thị trấn" counts "xã, thị trấn".
 */
function nounAfter(text: string, end: number, clauseEnd: number): string {
  const rest = text.slice(end, clauseEnd).replace(/^\s*số\s+/u, " ");
  // Commas stay: "tổ, đội tự quản" is one thing counted.
  const stop = /[:()]|\d/u.exec(rest)?.index ?? rest.length;
  return rest.slice(0, stop).trim().split(/\s+/u).slice(0, 8).join(" ");
}

/**
 * Reads the figure whose number is written at `offset` of `text` (anywhere inside the number): the whole number
 * ("1.078", never its "78"), its bound words, whether it is a total, a range end or a change, what it counts and,
 * for awards, who gave them. Undefined when no number is written there.
 */
export function readFigure(text: string, offset: number, all?: readonly WrittenNumber[]): FigureReading | undefined {
  const n = numberAt(text, offset, all ?? numbersIn(text));
  if (!n) return undefined;
  const clause = around(text, n.start, CLAUSE_MARKS);
  // A range is read as a role; its bound words are then read as for any number.
  const bound = boundOf(text, n.start, n.end, { ranges: false });
  const from = "from" in bound && bound.from !== undefined ? bound.from : n.start;
  const to = "to" in bound && bound.to !== undefined ? bound.to : n.end;
  const role = roleOf(text, n, from, clause);
  const sentence = around(text, n.start, SENTENCE_MARKS);
  return {
    number: n,
    bound,
    role: role.role,
    roleWords: role.words,
    span: { start: Math.min(from, role.start), end: Math.max(to, role.end) },
    noun: nounAfter(text, n.end, clause.end),
    // Read only when asked (award metrics): most figures are no awards. The clause first: "Chủ tịch UBND tỉnh
    // tặng … 15 tập thể; Giám đốc Công an tỉnh tặng … 30 tập thể" gives the 30 the director's awards.
    get body() {
      return awardingBody(text.slice(clause.start, clause.end)) ?? awardingBody(text.slice(sentence.start, sentence.end));
    },
    sentence,
  };
}

/** Every figure of a text worth `value`, each read where it stands. */
export function figuresWorth(text: string, value: number): FigureReading[] {
  const all = numbersIn(text);
  return all.filter((n) => n.value === value).map((n) => readFigure(text, n.start, all)!);
}
