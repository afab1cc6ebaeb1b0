import { QUALIFIER_WORDS, type Qualifier } from "./qualifiers.ts";

/** The ways an article may write a number: Vietnamese style (114.924; 2,2) and plain digits. */
export function spellings(value: number): string[] {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const vi = fraction ? `${grouped},${fraction}` : grouped;
  return [...new Set([vi, String(value), fraction ? `${whole},${fraction}` : whole!])];
}

/** Offsets in the quote where the value is written as a whole number, not as part of a longer one. */
export function valueOffsets(quote: string, value: number): number[] {
  const found: number[] = [];
  for (const spelling of spellings(value)) {
    for (let i = quote.indexOf(spelling); i !== -1; i = quote.indexOf(spelling, i + 1)) {
      const before = quote.slice(Math.max(0, i - 2), i);
      const after = quote.slice(i + spelling.length, i + spelling.length + 2);
      // "114.924" must not match inside "1.114.924", nor "24" inside "24,5".
      if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
      found.push(i);
    }
  }
  return found.sort((a, b) => a - b);
}

/** The qualifier that the words right before an offset of the quote give the number there. */
export function qualifierBefore(quote: string, offset: number): Qualifier {
  const before = quote.slice(0, offset).toLowerCase().trimEnd();
  for (const [word, qualifier] of Object.entries(QUALIFIER_WORDS)) {
    if (before === word || before.endsWith(` ${word}`) || before.endsWith(`(${word}`)) return qualifier;
  }
  return "exact";
}
