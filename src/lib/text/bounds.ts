import type { Qualifier } from "./qualifiers.ts";

/** A qualifier other than exact or unquantified: what a bound word says about the number it bounds. */
type Bounded = Exclude<Qualifier, "exact" | "unquantified">;

/**
 * Vietnamese words that, written right before a number, bound it, and the qualifier that says the same thing.
 * Matched longest first and as whole words, so "ít hơn" (fewer than) is never read as "hơn" (more than) and
 * "không dưới" (not under) never as "dưới" (under).
 */
export const BOUNDS_BEFORE: Readonly<Record<string, Bounded>> = {
  // More than.
  "trên": "over",
  "hơn": "over",
  "hơn cả": "over",
  "nhiều hơn": "over",
  "cao hơn": "over",
  "lớn hơn": "over",
  "vượt": "over",
  "vượt quá": "over",
  "vượt trên": "over",
  "quá": "over",
  // At least.
  "ít nhất": "at_least",
  "ít ra": "at_least",
  "tối thiểu": "at_least",
  "không dưới": "at_least",
  "không ít hơn": "at_least",
  "không thấp hơn": "at_least",
  "không nhỏ hơn": "at_least",
  "không kém": "at_least",
  "chẳng dưới": "at_least",
  // Fewer than, at most.
  "dưới": "at_most",
  "ít hơn": "at_most",
  "thấp hơn": "at_most",
  "nhỏ hơn": "at_most",
  "chưa đến": "at_most",
  "chưa tới": "at_most",
  "chưa đầy": "at_most",
  "chưa quá": "at_most",
  "chưa vượt quá": "at_most",
  "không đến": "at_most",
  "không tới": "at_most",
  "không đầy": "at_most",
  "không quá": "at_most",
  "không hơn": "at_most",
  "không trên": "at_most",
  "không vượt": "at_most",
  "không vượt quá": "at_most",
  "không nhiều hơn": "at_most",
  "không cao hơn": "at_most",
  "không lớn hơn": "at_most",
  "tối đa": "at_most",
  "nhiều nhất": "at_most",
  // Nearly (a little under).
  "gần": "nearly",
  "gần như": "nearly",
  "ngót": "nearly",
  "ngót nghét": "nearly",
  "suýt soát": "nearly",
  "non": "nearly",
  // About (either way).
  "khoảng": "about",
  "khoảng chừng": "about",
  "chừng": "about",
  "độ": "about",
  "độ chừng": "about",
  "xấp xỉ": "about",
  "ước": "about",
  "ước tính": "about",
  "ước khoảng": "about",
  "ước chừng": "about",
  "ước đạt": "about",
  "cỡ": "about",
  "tầm": "about",
  "trên dưới": "about",
};

/**
 * Words that, written after a number (and what it counts), bound it: "366 đợt trở lên", "400 ổ nhóm trở xuống".
 * Not "hay hơn", which after a noun phrase more often means "better" ("hoạt động hay hơn").
 */
export const BOUNDS_AFTER: Readonly<Record<string, Bounded>> = {
  "trở lên": "at_least",
  "hoặc hơn": "at_least",
  "hoặc nhiều hơn": "at_least",
  "hay nhiều hơn": "at_least",
  "trở xuống": "at_most",
  "đổ xuống": "at_most",
  "đổ lại": "at_most",
  "hoặc ít hơn": "at_most",
  "hay ít hơn": "at_most",
  "có lẻ": "over",
  "có dư": "over",
};

/** Words that turn the bound after them around: "không trên 400" is at most 400. */
const NEGATIONS: readonly string[] = ["không", "chưa", "chẳng", "chả"];

/** Words before a number that state no size at all, for telling an editor which qualifier a word means. */
const VAGUE_WORDS: Readonly<Record<string, Qualifier>> = {
  "hàng nghìn": "unquantified",
  "hàng ngàn": "unquantified",
  "hàng trăm": "unquantified",
  "hàng chục": "unquantified",
  "hàng vạn": "unquantified",
  "nhiều": "unquantified",
};

/** Every Vietnamese word an editor might write in the qualifier column, and the qualifier it means. */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = { ...BOUNDS_BEFORE, ...BOUNDS_AFTER, ...VAGUE_WORDS };

// "độ" is "about" only on its own: not the last syllable of "tốc độ" (speed) or "nhiệt độ" (temperature).
const DO_COMPOUNDS = /(?:^|[^\p{L}])(tốc|nhiệt|mức|trình|chế|tiến|cấp|mật|cường|nồng|góc|thái|biên|cao|vĩ|kinh|điều|hạn|niên|thước)\s+độ$/u;
const BEFORE = Object.keys(BOUNDS_BEFORE).sort((a, b) => b.length - a.length);
const AFTER = Object.keys(BOUNDS_AFTER).sort((a, b) => b.length - a.length);
// "có lẻ", "có dư" bound a number only where they end its phrase: "400 ổ nhóm có dư luận …" is no "400 odd".
const END_ONLY = new Set(["có lẻ", "có dư"]);
// The flip a negation gives: "không trên" at most, "chẳng dưới" at least; "không khoảng" is no way to bound a number.
const NEGATED: Readonly<Record<Bounded, Bounded | undefined>> = { over: "at_most", at_most: "at_least", at_least: undefined, nearly: undefined, about: undefined };

/**
 * How the words around a number bound it: a qualifier (with the words that say so and, as `from` and `to`, where
 * the bound words before and after the number start and end), or why none can.
 */
export type BoundReading = { qualifier: Qualifier; words?: string; from?: number; to?: number } | { refused: string; words: string };

/** Whether `text` ends with `word` as a whole word. */
function endsWithWord(text: string, word: string): boolean {
  return text.endsWith(word) && !/[\p{L}\p{N}]/u.test(text[text.length - word.length - 1] ?? "");
}

/** The bound written right before an offset, with a negation in front of it turning it around. */
function boundBefore(text: string, offset: number): BoundReading | undefined {
  const before = text.slice(0, offset).toLowerCase().trimEnd();
  const word = BEFORE.find((w) => endsWithWord(before, w));
  if (!word || (word === "độ" && DO_COMPOUNDS.test(before))) return undefined;
  const rest = before.slice(0, before.length - word.length).trimEnd();
  const negation = NEGATIONS.find((n) => endsWithWord(rest, n));
  if (!negation) return { qualifier: BOUNDS_BEFORE[word]!, words: word, from: before.length - word.length };
  const flipped = NEGATED[BOUNDS_BEFORE[word]!];
  const words = `${negation} ${word}`;
  return flipped ? { qualifier: flipped, words, from: rest.length - negation.length } : { refused: `"${words}" (not ${word}) says nothing a qualifier can show`, words };
}

/**
 * The bound written after a number and what it counts ("366 đợt phát động trở lên"), before the clause ends or
 * another number starts: the phrase and the offset where it ends in the text.
 */
export function boundAfter(text: string, end: number): { phrase: string; end: number } | undefined {
  const rest = text.slice(end).toLowerCase();
  // The whole clause, however long: "366 đợt phát động phong trào … trở lên", but not a bound in the next clause.
  const stop = /[.,;:!?()\n“”"]|\d|(?:^|\s)(?:và|với|cùng|còn|nhưng|trong đó)(?=\s|$)/u.exec(rest)?.index ?? rest.length;
  const words = [...rest.slice(0, stop).matchAll(/\S+/gu)];
  for (const w of words) {
    const from = rest.slice(w.index!);
    const phrase = AFTER.find((p) => from.startsWith(p) && (END_ONLY.has(p) ? !/^\s*\p{L}/u.test(from.slice(p.length)) : !/[\p{L}\p{N}]/u.test(from[p.length] ?? "")));
    if (phrase) return { phrase, end: end + w.index! + phrase.length };
  }
  return undefined;
}

/** A range the number is one end of, written next to it ("300 đến 400", "300–400"), as written, or undefined. */
export function rangeAround(text: string, start: number, end: number): string | undefined {
  const head = text.slice(0, start).toLowerCase();
  const tail = text.slice(end).toLowerCase();
  const number = text.slice(start, end);
  const lower = /\d[\d.,]*\s*%?\s*(?:-|–|—|đến|tới)\s*$/u.exec(head);
  const upper = /^\s*(?:-|–|—|đến|tới)\s*\d[\d.,]*%?/u.exec(tail);
  return lower ? `${lower[0].trimStart()}${number}` : upper ? `${number}${upper[0].trimEnd()}` : undefined;
}

/**
 * How the words around a number bound it. `start`–`end` is the number as written, with its "%", "phần trăm"
 * or word multiplier. A range ("300 đến 400", "300–400"), a bound written twice that disagrees ("trên 366 đợt
 * trở lên") and a negated estimate ("không khoảng") are refused, with the words that say so; `ranges: false`
 * reads the bound of a number that is allowed to be one end of a range.
 */
export function boundOf(text: string, start: number, end: number, { ranges = true } = {}): BoundReading {
  const range = ranges ? rangeAround(text, start, end) : undefined;
  if (range) return { refused: `it gives a range ("${range}"), which no qualifier can show`, words: range };
  const before = boundBefore(text, start);
  if (before && "refused" in before) return before;
  const after = boundAfter(text, end);
  if (!after) return before ?? { qualifier: "exact" };
  const afterReading = { qualifier: BOUNDS_AFTER[after.phrase]!, words: `… ${after.phrase}`, to: after.end };
  if (!before || before.qualifier === afterReading.qualifier) return before ? { ...afterReading, from: before.from } : afterReading;
  return { refused: `it bounds the number twice ("${before.words} … ${after.phrase}")`, words: `${before.words} … ${after.phrase}` };
}
