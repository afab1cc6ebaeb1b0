import { BOUNDS_BEFORE } from "../text/bounds.ts";
import { countedNoun, startsWithWords } from "./countedNoun.ts";
import { notAFigure } from "./notAFigure.ts";
import { COUNTED_NOUNS, NOT_COUNTED } from "./countedNouns.ts";
import { CLAUSE_OPENERS, COMMA_PAIRS, JOINING_WORDS, LIST_NOUNS } from "./listWords.ts";

// What ends a clause outright: a sentence mark or semicolon or colon before a space (not the dot of "114.924"),
// a line break, a bracket.
const MARK = /[.!?;:](?=\s|$)|[\n()[\]]/u;
// Where another figure starts: a number, or "nhiều"/"hàng nghìn" and the like before a noun; "nhiều năm",
// "nhiều lần" say how long or how often ("liên tục nhiều năm không có tội phạm"), not how many.
const QUANTITY = /(?<![\p{L}\p{N}])(?:\d|nhiều\s(?!(?:năm|tháng|tuần|ngày|lần|kỳ|khóa|khoá)(?![\p{L}]))|hàng (?:nghìn|ngàn|trăm|chục|vạn)\s)/iu;
const opener = (words: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "giu");
const OPENERS = opener(CLAUSE_OPENERS);
const JOINS = opener(JOINING_WORDS);
// Bound words written before the next figure belong to it ("… 28 mô hình, trên 400 tổ"), longest first.
const DANGLING = new RegExp(`(?<![\\p{L}])(?:${Object.keys(BOUNDS_BEFORE).sort((a, b) => b.length - a.length).join("|")})\\s*$`, "iu");

// Words of time and place left before a number that is no figure of its own ("hoạt động từ năm 2015").
const TRAILING = /(?:\s+(?:từ|đến|tới|năm|ngày|tháng|giai đoạn|trong|của|với|tại|ở|và|số|lên|xuống|còn))+\s*$/iu;

/**
 * Where the phrase that states a figure ends, from `end` (the end of its number): what it counts and the words
 * that qualify it, to the end of its clause. A comma or "và" goes on where a list of what is counted goes on
 * ("828 cơ quan, doanh nghiệp, trường học") or inside a pair ("an ninh, trật tự"); a quoted name is taken whole;
 * the phrase stops at a sentence mark, before a word that opens another clause, and before another figure (at
 * the word that joins it: "38 cụm an ninh với 319 thành viên").
 */
export function phraseEnd(text: string, end: number): number {
  const line = text.indexOf("\n", end);
  const limit = line === -1 ? text.length : line;
  let at = end;
  let to = limit;
  while (at < limit) {
    const rest = text.slice(at, limit);
    const stops = [
      { kind: "mark", i: rest.search(MARK) },
      { kind: "comma", i: rest.indexOf(",") },
      { kind: "quote", i: rest.indexOf("\u201c") },
      { kind: "figure", i: rest.search(QUANTITY) },
      { kind: "opener", i: firstIndex(OPENERS, rest) },
    ].filter((s) => s.i !== -1);
    const next = stops.sort((a, b) => a.i - b.i)[0];
    if (!next) break;
    const i = at + next.i;
    if (next.kind === "quote") {
      // A quoted name is part of the phrase: “Khu dân cư không có tội phạm”.
      const close = text.indexOf("\u201d", i);
      if (close === -1 || close > limit) return i;
      at = close + 1;
      continue;
    }
    if (next.kind === "comma" && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) {
      at = i + 1; // the decimal comma of "12,5"
      continue;
    }
    if (next.kind === "comma" && listGoesOn(text, i, limit)) {
      at = i + 1;
      continue;
    }
    const digits = next.kind === "figure" ? /^\d(?:[\d.,]*\d)?(?:\/\d[\d.]*)?/u.exec(text.slice(i)) : null;
    const time = digits && isTime(text, i, i + digits[0].length);
    if (digits && !time && notAFigure(text, i, i + digits[0].length, (after) => countedNoun(after) !== undefined)) {
      at = i + digits[0].length; // "Chương trình 09", "Kế hoạch số 112": part of the phrase, no figure of its own
      continue;
    }
    // A time ("trong 10 năm", "từ năm 2015") ends the phrase as another figure does: it says when, not what.
    if (next.kind === "figure" || time) {
      // Another figure joined to this one: end before the word that joins them, or before its bound words.
      const between = text.slice(end, i);
      const join = [...between.matchAll(JOINS)].filter((m) => m.index! > 0).at(-1);
      to = join ? end + join.index! : end + between.replace(DANGLING, "").replace(TRAILING, "").length;
      break;
    }
    to = i;
    break;
  }
  // Nor on a word that leads to what was cut off: "186 người chấp hành xong án phạt tù được" ends before "được".
  for (let dangling = DANGLING_END.exec(text.slice(end, to)); dangling && dangling.index > 0; dangling = DANGLING_END.exec(text.slice(end, to))) to = end + dangling.index;
  while (to > end && /[\s,;:–—…-]/u.test(text[to - 1]!)) to--;
  return to;
}

// Words that cannot end a phrase, since what they lead to is cut off.
const DANGLING_END = /[\s,]+(?:được|đã|đang|bị|sẽ|và|với|của|cho|để|là)[\s,;:–—…-]*$/iu;

/** Whether the number at `start`–`end` is a time: a year, a period or duration ("10 năm"), a date ("3/3"). */
function isTime(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end);
  return /^(19|20)\d\d$/.test(token) || /^\d+\/\d+/.test(token) || /^\s*(?:năm|tháng|ngày|tuần|giờ)(?![\p{L}])|^\s*[-–]\s*(?:19|20)\d\d/iu.test(text.slice(end, end + 12)) || /(?:^|[^\p{L}])(?:năm|ngày|tháng|giai đoạn)\s*$/iu.test(text.slice(Math.max(0, start - 12), start));
}

/** Whether the list of what is counted goes on after the comma at `i`: another listed noun, or the second word of a pair. */
function listGoesOn(text: string, i: number, limit: number): boolean {
  const after = text.slice(i + 1, limit).trimStart().toLowerCase();
  const before = text.slice(Math.max(0, i - 30), i).toLowerCase();
  if (COMMA_PAIRS.some(([a, b]) => before.endsWith(a) && startsWithWords(after, b))) return true;
  // A listed noun, with no number of its own after it: "15 tập thể, 22 cá nhân" are two figures.
  // The longest listed noun, which "tổ chức" (to organise) is not, for all that it starts with "tổ".
  const noun = LIST_NOUNS.filter((n) => startsWithWords(after, n)).sort((a, b) => b.length - a.length)[0];
  // "tổ chức" right after what is counted is a noun of the list ("1.246 mô hình, tổ chức tự quản") unless it
  // organises something counted ("28 mô hình, tổ chức 30 buổi"): a verb of its own clause takes a number.
  if (startsWithWords(after, "tổ chức") && COUNTED_NOUNS.some((n) => before.endsWith(n))) return !/\d/.test(after.split(/[,.;:!?]/u)[0]!);
  if (!noun || NOT_COUNTED.some((w) => w.length > noun.length && startsWithWords(after, w))) return false;
  return !/^\d/.test(after);
}

/** The offset of the first match of a global pattern in a text, or -1. */
function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? m.index : -1;
}
