import { remove as skeleton } from "confusables";

/**
 * Characters that change how text is shown without being seen: bidirectional controls (which can reorder a name
 * on the page) and zero-width characters (which make two names that look the same compare as different).
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E\u00AD]/u;

/** The first hidden character in a text, with its offset and its Unicode name as a message names it. */
export function hiddenCharacter(text: string): { index: number; code: string } | undefined {
  const m = HIDDEN.exec(text);
  return m ? { index: m.index, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` } : undefined;
}

/** What to say about a hidden character in a field or cell (`what` names it: 'field "name"', 'column "label_vi"'). */
export function hiddenMessage(what: string, code: string): string {
  return `${what} holds an invisible character (${code}, a direction control or zero-width character) that changes how the text shows or compares: retype the text without it (it often comes with a copy from a web page or a PDF)`;
}

/** A letter of a province name outside the Latin script Vietnamese is written in (a Cyrillic "а" for "a", say). */
export function foreignLetter(name: string): { index: number; letter: string; code: string } | undefined {
  const m = /(?![\p{Script=Latin}])\p{L}/u.exec(name);
  return m ? { index: m.index, letter: m[0], code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` } : undefined;
}

/**
 * The form two names share when they look alike: Unicode's confusable characters replaced by what they look like
 * (the `confusables` package, from Unicode's own table), diacritics dropped, case and spacing ignored. "Hà Nаm"
 * with a Cyrillic а and "Ha Nam" both read "ha nam", as "Hà Nam" does: a reader could not tell them apart.
 */
export function lookalikeKey(name: string): string {
  return skeleton(name.normalize("NFC")).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
