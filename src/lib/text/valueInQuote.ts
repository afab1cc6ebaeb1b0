import { NUMBER_WORDS } from "./numberWords.ts";
import { numbersWorth } from "./numbers.ts";
import { MULTIPLIERS } from "./readNumber.ts";

/** The ways an article may write a number: Vietnamese style (114.924; 2,2), plain digits, a word multiplier ("613 ngàn", "1,5 triệu") or, up to ten, a word ("hai"). */
export function spellings(value: number): string[] {
  const digits = (n: number) => {
    const [whole, fraction] = String(n).split(".");
    const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return [fraction ? `${grouped},${fraction}` : grouped, String(n), fraction ? `${whole},${fraction}` : whole!];
  };
  const scaled = Object.entries(MULTIPLIERS).flatMap(([word, scale]) => {
    const n = value / scale;
    // "1,5 triệu" yes; "0,083 nghìn" or "1,2345 triệu" is no way to write a number.
    return n >= 1 && Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-9 ? digits(Math.round(n * 1000) / 1000).map((d) => `${d} ${word}`) : [];
  });
  const word = Object.entries(NUMBER_WORDS).find(([, n]) => n === value)?.[0];
  return [...new Set([...digits(value), ...scaled, ...(word && value > 1 ? [word] : [])])];
}

/** Offsets in the quote where the value is written in digits as a whole number, not as part of a longer one ("78" is not in "1.078"). */
export function valueOffsets(quote: string, value: number): number[] {
  return numbersWorth(quote, value)
    .filter((n) => !n.words)
    .map((n) => n.start);
}

/** A place in a quote that states a value: where the number starts and ends, and whether a percent sign or "phần trăm" follows it. */
export interface ValueMatch {
  offset: number;
  /** The end of the number as written, with its "%" or "phần trăm" when it has one. */
  end: number;
  percent: boolean;
  /** The number as written ("114.924", "hai nghìn", "90%"). */
  text: string;
}

/** A percent sign or "phần trăm" right after a number (see numbers.ts, which reads it). */
export { PERCENT_AFTER } from "./numbers.ts";

/** Where the quote states the value, in digits ("2.000", "2 nghìn", "114 924") or in words ("hai nghìn"), with its unit, each number read whole. */
export function valueMatches(quote: string, value: number): ValueMatch[] {
  return numbersWorth(quote, value).map((n) => ({ offset: n.start, end: n.end, percent: n.percent, text: n.text }));
}
