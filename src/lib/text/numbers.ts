import { numberWordsIn } from "./numberWords.ts";
import { MULTIPLIERS, readNumber } from "./readNumber.ts";

/** A number as a text writes it, read whole: where it stands, what it is worth, and what is written with it. */
export interface WrittenNumber {
  /** Offsets of the number with its multiplier word and its "%" or "phần trăm" (the unit is part of what is stated). */
  start: number;
  end: number;
  value: number;
  /** Whether "%" or "phần trăm" follows it: a share, not a count. */
  percent: boolean;
  /** The number as written ("114.924", "114 924", "hai nghìn", "90%", "956/956"). */
  text: string;
  /** For a ratio ("956/956 xã"), the whole the number is out of. */
  of?: number;
  /** True when the number is written in words. */
  words: boolean;
}

// Digits as articles group them: "114.924" (dot), "114 924" (a space, no-break or narrow no-break space), plain
// "366", decimals with a comma ("2,2"). A space group must be three digits exactly, or "có 12 mô hình" would not end.
const DIGITS = /(?<![\p{L}\p{N}_])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\p{N}]|[.,]\d)|\d+(?:,\d+)?)(?![\p{N}])/gu;
const MULTIPLIER_AFTER = new RegExp(`^[ \\u00a0]+(${Object.keys(MULTIPLIERS).join("|")})(?![\\p{L}])`, "iu");
/** A percent sign or "phần trăm" right after a number: the number is a share, not a count. */
export const PERCENT_AFTER = /^\s?%|^\s*phần\s+trăm(?!\p{L})/iu;
// A second number after a slash makes a ratio ("956/956"); a third, a date ("24/5/2023"), which is no figure.
const RATIO_AFTER = /^\/(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}]|\/\d)/u;
const DATE_AFTER = /^\/\d+\/\d/u;

/** Reads digits whose grouping may be a space, as readNumber reads the dotted form. */
function digitValue(token: string, multiplier?: string): number {
  return readNumber(token.replace(/[ \u00a0\u202f]/g, ""), multiplier);
}

/** Every number a text writes, in digits or in words, each read whole and in order: "1.078" is one number, never 78. */
export function numbersIn(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index!;
    let end = start + m[0].length;
    // The second part of a ratio or a date was read with the first.
    if (text[start - 1] === "/" && /\d/.test(text[start - 2] ?? "")) continue;
    const tail = text.slice(end);
    if (DATE_AFTER.test(tail)) continue;
    const ratio = RATIO_AFTER.exec(tail);
    const multiplier = ratio ? null : MULTIPLIER_AFTER.exec(tail);
    if (ratio) end += ratio[0].length;
    else if (multiplier) end += multiplier[0].length;
    const unit = PERCENT_AFTER.exec(text.slice(end));
    if (unit) end += unit[0].length;
    const value = digitValue(m[0], multiplier?.[1]);
    found.push({ start, end, value, percent: unit !== null, text: text.slice(start, end), words: false, ...(ratio ? { of: digitValue(ratio[1]!) } : {}) });
  }
  for (const n of numberWordsIn(text)) {
    const unit = PERCENT_AFTER.exec(text.slice(n.end));
    const end = unit ? n.end + unit[0].length : n.end;
    found.push({ start: n.start, end, value: n.value, percent: unit !== null, text: text.slice(n.start, end), words: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The whole number written at an offset of a text (anywhere inside it), or undefined when none is there. */
export function numberAt(text: string, offset: number, all: readonly WrittenNumber[] = numbersIn(text)): WrittenNumber | undefined {
  return all.find((n) => n.start <= offset && offset < n.end);
}

/** Where a text states a value, in the numbers it writes read whole ("78" is not in "1.078 hồ sơ"). */
export function numbersWorth(text: string, value: number): WrittenNumber[] {
  return numbersIn(text).filter((n) => n.value === value);
}
