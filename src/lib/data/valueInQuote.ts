import { MULTIPLIERS, NUMBER_WORDS } from "../extract/readNumber.ts";
import { QUALIFIER_WORDS, UNSUPPORTED_WORDS, type Qualifier } from "./qualifiers.ts";

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
  return [...new Set([...digits(value), ...scaled, ...(word ? [word] : [])])];
}

/** Offsets in the quote where the value is written as a whole number, not as part of a longer one. */
export function valueOffsets(quote: string, value: number, only = spellings(value)): number[] {
  const found: number[] = [];
  for (const spelling of only) {
    for (let i = quote.indexOf(spelling); i !== -1; i = quote.indexOf(spelling, i + 1)) {
      const before = quote.slice(Math.max(0, i - 2), i);
      const after = quote.slice(i + spelling.length, i + spelling.length + 2);
      // "114.924" must not match inside "1.114.924", nor "24" inside "24,5", nor "ba" inside "bao".
      if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
      if (/^\p{L}/u.test(spelling) && (/\p{L}$/u.test(before) || /^\p{L}/u.test(after))) continue;
      if (/^\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?!\p{L})/iu.test(after) && !/\p{L}$/u.test(spelling)) continue;
      found.push(i);
    }
  }
  return found.sort((a, b) => a - b);
}

const ends = (before: string, word: string) => before === word || before.endsWith(` ${word}`) || before.endsWith(`(${word}`);
// Longest first: "trên dưới 100" is about 100, not over "dưới 100".
const WORDS = Object.entries(QUALIFIER_WORDS).sort(([a], [b]) => b.length - a.length);

/** The qualifier that the words right before an offset of the quote give the number there. */
export function qualifierBefore(quote: string, offset: number): Qualifier {
  const before = quote.slice(0, Math.max(0, offset)).toLowerCase().trimEnd();
  for (const [word, qualifier] of WORDS) if (ends(before, word)) return qualifier;
  return "exact";
}

/** A "less than" or "at least" word right before an offset, which no qualifier of the site can express. */
export function unsupportedBefore(quote: string, offset: number): string | undefined {
  const before = quote.slice(0, Math.max(0, offset)).toLowerCase().trimEnd();
  if (WORDS.some(([word]) => ends(before, word))) return undefined;
  return UNSUPPORTED_WORDS.find((word) => ends(before, word));
}

/** Where each whole-number spelling of the value stands in the quote, and where it ends. */
export function valueMatches(quote: string, value: number): { offset: number; end: number }[] {
  return spellings(value).flatMap((spelling) => valueOffsets(quote, value, [spelling]).map((offset) => ({ offset, end: offset + spelling.length })));
}
