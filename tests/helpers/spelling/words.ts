import type { Lang } from "./speller.ts";

/** A word to check: its text, its offset in the text it was read from, and the dictionary to check it with ("either": a name or a quoted phrase either language may know). */
export interface Word {
  word: string;
  offset: number;
  lang: Lang | "either";
}

// Letters (with their combining marks) and digits; an English word may carry an apostrophe ("province's").
const TOKEN = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*/gu;
/** A letter English does not use: a Vietnamese word or name inside English text. */
const NOT_ENGLISH = /[^\p{ASCII}’]/u;
const CAPITALISED = /^\p{Lu}/u;

/** Blanks `from`–`to` of a text with spaces, keeping its line breaks, so offsets and lines stay true. */
export function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, " ") + text.slice(to);
}

/** The text with web addresses ("https://…", "nhandan.vn") and `code` blanked: nothing in them is a word to spell. */
function withoutAddresses(text: string): string {
  let out = text;
  for (const m of text.matchAll(/https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net)\b|`[^`\n]*`/g)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}

/** Offsets of the phrases in quotes (typographic, straight, or CSV's doubled straight quotes), with what is inside. */
function quotedPhrases(text: string): { from: number; to: number; inner: string }[] {
  return [...text.matchAll(/“([^”]*)”|"{1,2}([^"\n]+)"{1,2}/g)].map((m) => ({ from: m.index, to: m.index + m[0].length, inner: m[1] ?? m[2] ?? "" }));
}

/**
 * The words of a text in `lang`, to check. Tokens with a digit ("QH15", "09") and single letters are skipped.
 * In English text, a word with a Vietnamese letter and every word of a quoted phrase that has one
 * (“tự phòng, tự quản”) are checked in Vietnamese, never as English ("Tĩnh's" as "Tĩnh"); a capitalised word
 * beside such a name ("Nam" in "Hà Nam", "Colonel" before a name) may be known to either language. A quoted
 * phrase without a Vietnamese letter in Vietnamese text ("date 2023-06"), or in English text (“ha tinh”, typed
 * without diacritics), may be known to either language too.
 */
export function wordsOf(text: string, lang: Lang): Word[] {
  const clean = withoutAddresses(text);
  const quotes = quotedPhrases(clean);
  const words: Word[] = [];
  for (const m of clean.matchAll(TOKEN)) {
    let word = m[0];
    if (/\d/.test(word) || [...word].length < 2) continue;
    const quote = quotes.find((q) => m.index > q.from && m.index < q.to);
    const vietnamese = NOT_ENGLISH.test(word) || (quote !== undefined && NOT_ENGLISH.test(quote.inner));
    let as: Word["lang"] = lang;
    if (lang === "en" && vietnamese) as = "vi";
    else if (quote && !NOT_ENGLISH.test(quote.inner)) as = "either";
    if (lang === "en" && as === "vi") word = word.replace(/['’]s$/, "");
    words.push({ word, offset: m.index, lang: as });
  }
  if (lang === "en") markNames(words, clean);
  return words;
}

/** A capitalised English word joined by a space to a capitalised Vietnamese one may be part of a name: either language may know it. */
function markNames(words: Word[], text: string): void {
  const joined = (a: Word, b: Word) => /^ $/.test(text.slice(a.offset + a.word.length, b.offset));
  for (let changed = true; changed; ) {
    changed = false;
    words.forEach((w, i) => {
      if (w.lang !== "en" || !CAPITALISED.test(w.word)) return;
      const near = [words[i - 1], words[i + 1]].filter((n): n is Word => n !== undefined && n.lang === "vi" && CAPITALISED.test(n.word));
      if (near.some((n) => (n.offset < w.offset ? joined(n, w) : joined(w, n)))) {
        w.lang = "either";
        changed = true;
      }
    });
  }
}
