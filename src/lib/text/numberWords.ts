import { MULTIPLIERS } from "./readNumber.ts";

/** The digits one to ten as words, for writing a small number the way an article does ("hai mô hình"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  "một": 1,
  "hai": 2,
  "ba": 3,
  "bốn": 4,
  "năm": 5,
  "sáu": 6,
  "bảy": 7,
  "tám": 8,
  "chín": 9,
  "mười": 10,
};

/** A number written in words, where it stands in a text and what it is worth. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** The words as written ("hai nghìn"). */
  text: string;
}

// Digit words, with the forms used only after "mươi"/"mười" (mốt 1, tư 4, lăm/nhăm 5) and the spelling "bẩy".
// "mười" is NaN here: it is read as ten on its own branch, never as a digit waiting for "mươi" or "trăm".
const DIGITS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, "bẩy": 7, "mười": NaN };
// The words that continue a number after a digit: "năm" before them is five ("năm trăm"), not years.
const TENS_OR_SCALE: Readonly<Record<string, true>> = { "mươi": true, "trăm": true, ...Object.fromEntries(Object.keys(MULTIPLIERS).map((m) => [m, true])) };
const AFTER_TENS: Readonly<Record<string, number>> = { "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5 };
// Words that make the number before or after them vague ("vài ba", "mười mấy", "hai ba người" = two or three).
const VAGUE = new Set(["vài", "dăm", "mấy", "mươi", "hàng", "nhiều", "chục", ...Object.keys(NUMBER_WORDS), "bẩy"]);

/** Every word of a text (runs of letters) with its offsets. */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Reads the number words that start at word `i`: "hai nghìn" 2000, "ba trăm linh năm" 305, "mười lăm" 15,
 * "hai mươi tư" 24, "một triệu hai trăm nghìn" 1200000, "hai nghìn rưỡi" 2500. Returns how many words it
 * took, or nothing when they start no number.
 */
function readAt(words: { word: string; start: number; end: number }[], i: number, text: string): { value: number; count: number } | undefined {
  let total = 0; // thousands and above, already placed
  let group = 0; // below a thousand, being built
  let digit: number | undefined; // a digit word waiting for what it multiplies
  let lastScale = Infinity; // the last multiplier used, to read "hai trăm nghìn" as 200 × 1000
  let prev = ""; // the previous word
  let digitAfter = ""; // the word the waiting digit came after ("trăm" in "một trăm hai")
  let count = 0;
  for (let j = i; j < words.length; j++) {
    // Only spaces may stand between the words of one number.
    if (j > i && text.slice(words[j - 1]!.end, words[j]!.start).trim() !== "") break;
    const w = words[j]!.word;
    const tens = prev === "mười" || prev === "mươi";
    if (w === "mười" && digit === undefined && group % 100 === 0 && prev !== "mươi") group += 10;
    else if (w in AFTER_TENS && tens) group += AFTER_TENS[w]!;
    else if (w === "năm" && tens) break; // "mười năm" is ten years; fifteen is "mười lăm"
    else if (w in DIGITS && !Number.isNaN(DIGITS[w]) && digit === undefined && !tens) {
      if (prev === "linh" || prev === "lẻ") group += DIGITS[w]!;
      // "một trăm năm" is a century and "một nghìn năm" a millennium: "năm" there is years, not a colloquial 50 or 500.
      else if (w === "năm" && (prev === "trăm" || prev in MULTIPLIERS) && !((words[j + 1]?.word ?? "") in TENS_OR_SCALE)) break;
      else (digit = DIGITS[w]!), (digitAfter = prev);
    }
    // "không trăm" holds the hundreds' place after a multiplier: "một nghìn không trăm linh năm" is 1005.
    else if (w === "không" && prev in MULTIPLIERS && words[j + 1]?.word === "trăm") (digit = 0), (digitAfter = prev); else if (w in DIGITS && tens && !Number.isNaN(DIGITS[w])) group += DIGITS[w]!;
    else if (w === "mươi" && digit !== undefined && digit >= 2) (group += digit * 10), (digit = undefined);
    else if (w === "trăm" && digit !== undefined) (group += digit * 100), (digit = undefined);
    else if ((w === "linh" || w === "lẻ") && prev === "trăm") {
      // "trăm linh năm": a digit must follow.
      if (!((words[j + 1]?.word ?? "") in DIGITS)) break;
    } else if (w in MULTIPLIERS && (digit !== undefined || group > 0) && prev !== "linh") {
      const scale = MULTIPLIERS[w]!;
      const part = group + (digit ?? 0);
      total = scale > lastScale ? (total + part) * scale : total + part * scale;
      lastScale = scale;
      group = 0;
      digit = undefined;
    } else if (w === "rưỡi" && prev in MULTIPLIERS) total += MULTIPLIERS[prev]! / 2;
    else if (w === "rưỡi" && prev === "trăm") group += 50;
    else break;
    prev = w;
    count = j - i + 1;
    if (w === "rưỡi") break;
  }
  if (count === 0) return undefined;
  // A lone digit right after "trăm" or a multiplier is the next place down, as Vietnamese says it colloquially:
  // "một trăm hai" is 120, "một nghìn hai" 1200, "hai triệu ba" 2300000 (the full forms add "mươi", "trăm"…).
  if (digit !== undefined && digitAfter === "trăm") return { value: total + group + digit * 10, count };
  if (digit !== undefined && digitAfter in MULTIPLIERS) return { value: total + group + (digit * MULTIPLIERS[digitAfter]!) / 10, count };
  // A trailing "linh" reads nothing.
  return { value: total + group + (digit ?? 0), count };
}

/**
 * Every number a text writes in words, longest first at each place: "hai nghìn vụ" gives 2000. Vague amounts
 * are no numbers: "hàng nghìn", "vài trăm", "mười mấy", "hai ba người" (two or three).
 */
export function numberWordsIn(text: string): WordNumber[] {
  const words = wordsOf(text);
  const found: WordNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!(words[i]!.word in DIGITS)) continue;
    const read = readAt(words, i, text);
    if (!read) continue;
    const last = words[i + read.count - 1]!;
    const next = words[i + read.count];
    const before = words[i - 1];
    const spaced = (a: { end: number } | undefined, b: { start: number } | undefined) => a && b && text.slice(a.end, b.start).trim() === "";
    const vague = (next && spaced(last, next) && VAGUE.has(next.word)) || (before && spaced(before, words[i]) && VAGUE.has(before.word));
    // "năm 2023" is the year 2023, not five.
    const year = read.count === 1 && last.word === "năm" && /^\s*\d/.test(text.slice(last.end));
    if (!vague && !year) found.push({ start: words[i]!.start, end: last.end, value: read.value, text: text.slice(words[i]!.start, last.end) });
    i += read.count - 1;
  }
  return found;
}
