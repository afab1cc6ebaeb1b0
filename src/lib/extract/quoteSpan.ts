import { BOUNDS_BEFORE, boundAfter } from "../text/bounds.ts";
import { numberAt, numbersIn } from "../text/numbers.ts";
import { readFigure } from "../text/readFigure.ts";
import { COUNTED_NOUNS } from "./countedNouns.ts";

// Pairs counted as one thing ("tổ, nhóm"): their comma ends no clause.
const PAIRS = COUNTED_NOUNS.filter((n) => n.includes(", "));
// Where another figure starts: a number, or "nhiều"/"hàng nghìn" and the like before a noun.
const QUANTITY = /(?<![\p{L}\p{N}])(\d|nhiều\s|hàng (nghìn|ngàn|trăm|chục)\s)/giu;
// Words that join a second figure to the first: the quote of each stops (or starts) there.
const JOINS = /\s(và|với|cùng|cho|để|giúp|nhằm|thuộc|trong đó)\s/giu;
// Words that open a phrase of their own after what is counted.
const PREPOSITIONS = /\s(trong|của|cho|tại|về|với|và|theo|để|từ|ở|trên|nhằm|góp phần)(?=\s)/giu;
// Bound words left at the end of a quote belong to the next figure ("… 28 mô hình, trên"), longest first.
const DANGLING = new RegExp(`\\s(${Object.keys(BOUNDS_BEFORE).sort((a, b) => b.length - a.length).join("|")})$`, "iu");
// The joining words that start a clause of their own before a figure ("… và gần 400 tổ hòa giải").
const STARTS = /\s(và|với|cùng|thuộc|để|giúp)\s/giu;

/**
 * The short span of an article that states a figure: the clause around the number (between sentence marks,
 * semicolons, or a comma followed by a space), never cutting the qualifier word before it, and at most about
 * 16 words, and never running into the next figure or back into the one before. Returns offsets into the text, so the quote is an exact substring an editor can find with Ctrl-F.
 */
export function quoteSpan(text: string, start: number, end: number): { start: number; end: number } {
  const boundary = /[.!?;:]\s|[.!?;]$|,\s|\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index!;
    // Punctuation inside a number ("114.924") or inside a quoted name (“tự phòng, tự quản”) ends nothing.
    if (isNumberPunctuation(text, at) || insideQuotes(text, at) || insidePair(text, at)) continue;
    if (at < start) from = at + m[0].length;
    if (at >= end) {
      to = at;
      break;
    }
  }
  // Keep a few words of context on each side, and no more: a clause, not a paragraph.
  // A clause that starts up to eight words back is quoted whole ("Công an huyện đã tổ chức 24 đợt…", not
  // "an huyện đã…"); a longer one from five words back.
  if (from < wordsBack(text, start, 8)) from = wordsBack(text, start, 5);
  const window = wordsForward(text, end, 10);
  if (window < to) {
    // Cut short, the quote ends before a preposition rather than in the middle of what follows it
    // ("25 cá nhân đã có thành tích xuất sắc", not "… xuất sắc trong thực").
    const cut = [...text.slice(end, window).matchAll(PREPOSITIONS)].at(-1);
    to = cut && wordCount(text.slice(end, end + cut.index!)) >= 2 ? end + cut.index! : window;
  }
  // A second figure joined by "và", "với"… is a clause of its own: end before the word that joins it.
  QUANTITY.lastIndex = end;
  const next = QUANTITY.exec(text);
  QUANTITY.lastIndex = 0; // matchAll below starts where the shared pattern was left
  if (next && next.index < to) to = lastJoin(text, end, next.index) ?? next.index;
  // Likewise a figure joined to an earlier one starts after the word that joins them.
  const joined = [...text.slice(from, start).matchAll(STARTS)].at(-1);
  if (joined) from += joined.index! + joined[0].length;
  // A window that ends inside a quoted name takes the name whole when it is short, or stops before it.
  if (insideQuotes(text, to)) {
    const end = text.indexOf("\u201d", to);
    if (end !== -1 && end - to <= 40 && !text.slice(to, end).includes("\n")) to = end + 1;
    else to = text.lastIndexOf("\u201c", to);
  }
  // A window that starts inside a quoted name would show a lone closing ”: start after it instead.
  const close = text.indexOf("\u201d", from);
  if (close !== -1 && close < start && !text.slice(from, close).includes("\u201c")) from = close + 1;
  while (/\s/.test(text[from] ?? "")) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  // Qualifier words left at the end belonged to the next figure.
  const dangling = DANGLING.exec(text.slice(from, to));
  if (dangling) to -= dangling[0].length;
  // A bound written after the number ("366 đợt phát động trở lên") is part of the figure: the quote keeps it.
  const bound = boundAfter(text, end);
  if (bound && bound.end > to) to = bound.end;
  // Whatever the clause rules above did, the quote holds all that the figure's reading says it must (its bound
  // words, the whole number, a range's or a change's words) and cuts no other number in two: check refuses less.
  const all = numbersIn(text);
  const reading = readFigure(text, start, all);
  if (reading) {
    from = Math.min(from, reading.span.start);
    to = Math.max(to, reading.span.end);
  }
  const cutAtStart = numberAt(text, from, all);
  if (cutAtStart && cutAtStart.start < from) from = cutAtStart.end;
  const cutAtEnd = numberAt(text, to - 1, all);
  if (cutAtEnd && cutAtEnd.end > to) to = cutAtEnd.start;
  while (/\s/.test(text[from] ?? "")) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Whether an offset lies between an opening “ and its closing ” on the same line. */
function insideQuotes(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at) + 1, at);
  return (line.match(/\u201c/g)?.length ?? 0) > (line.match(/\u201d/g)?.length ?? 0);
}

/** A "." or "," between two digits belongs to a number, not to the sentence. */
function isNumberPunctuation(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");
}

/** Offset of the start of the nth word before an offset. */
function wordsBack(text: string, offset: number, n: number): number {
  let at = offset;
  for (let i = 0; i < n && at > 0; i++) {
    at--;
    while (at > 0 && /\s/.test(text[at]!)) at--;
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
  }
  return at;
}

/** Offset of the end of the nth word after an offset. */
function wordsForward(text: string, offset: number, n: number): number {
  let at = offset;
  for (let i = 0; i < n && at < text.length; i++) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    while (at < text.length && !/\s/.test(text[at]!)) at++;
  }
  return at;
}

/** Whether a comma is the one inside a pair counted as one thing ("615 tổ, nhóm tự quản"). */
function insidePair(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 12), at + 12).toLowerCase();
  const offset = Math.min(at, 12);
  return PAIRS.some((p) => {
    const i = around.indexOf(p);
    return i !== -1 && i + p.indexOf(",") === offset;
  });
}

/** Offset of the last joining word ("và", "với"…) between two offsets, or undefined. */
function lastJoin(text: string, from: number, to: number): number | undefined {
  return [...text.slice(from, to).matchAll(JOINS)].filter((m) => m.index! > 0).at(-1)?.index! + from || undefined;
}

/** The number of words in a piece of text. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
