import { NUMBER_WORDS, numberWordsIn } from "./numberWords.ts";
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

// A word multiplier right after a number ("613 ngàn"): that number is the multiplied one, not the value itself.
const MULTIPLIER_AFTER = new RegExp(`^\\s*(${Object.keys(MULTIPLIERS).join("|")})(?!\\p{L})`, "iu");

/** Offsets in the quote where the value is written in digits as a whole number, not as part of a longer one. */
export function valueOffsets(quote: string, value: number, only = spellings(value).filter((s) => /^\d/.test(s))): number[] {
  const found: number[] = [];
  for (const spelling of only) {
    for (let i = quote.indexOf(spelling); i !== -1; i = quote.indexOf(spelling, i + 1)) {
      const before = quote.slice(Math.max(0, i - 2), i);
      const after = quote.slice(i + spelling.length, i + spelling.length + 2);
      // "114.924" must not match inside "1.114.924", nor "24" inside "24,5".
      if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
      if (MULTIPLIER_AFTER.test(quote.slice(i + spelling.length, i + spelling.length + 12)) && !/\p{L}$/u.test(spelling)) continue;
      found.push(i);
    }
  }
  return found.sort((a, b) => a - b);
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

/** A percent sign or "phần trăm" right after a number: the number is a share, not a count. */
export const PERCENT_AFTER = /^\s?%|^\s*phần\s+trăm(?!\p{L})/iu;

/** Where the quote states the value, in digits ("2.000", "2 nghìn") or in words ("hai nghìn"), with its unit. */
export function valueMatches(quote: string, value: number): ValueMatch[] {
  const digits = spellings(value)
    .filter((s) => /^\d/.test(s))
    .flatMap((spelling) => valueOffsets(quote, value, [spelling]).map((offset) => ({ offset, end: offset + spelling.length })));
  const words = numberWordsIn(quote)
    .filter((n) => n.value === value)
    .map((n) => ({ offset: n.start, end: n.end }));
  const unique = new Map([...digits, ...words].map((m) => [m.offset, m]));
  return [...unique.values()]
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, end }) => {
      const unit = PERCENT_AFTER.exec(quote.slice(end));
      const full = unit ? end + unit[0].length : end;
      return { offset, end: full, percent: unit !== null, text: quote.slice(offset, full) };
    });
}
