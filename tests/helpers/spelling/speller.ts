import { readFileSync } from "node:fs";
import nspell from "nspell";
import enGb from "dictionary-en-gb";
import vi from "dictionary-vi";

/** The two languages of the site, each checked with its own dictionary. */
export type Lang = "vi" | "en";

/** A dictionary for one language: whether a word is spelt right, and what it may have meant. */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const TONE = "[\u0300\u0301\u0303\u0309\u0323]";
/** "hòa" ↔ "hoà", "thùy" ↔ "thuỳ": Vietnamese puts the tone of a final oa, oe, uy on either vowel (both are correct). */
function otherTonePlace(word: string): string | undefined {
  const d = word.normalize("NFD");
  const moved = d
    .replace(new RegExp(`([oO])(${TONE})([aAeE])$`), "$1$3$2")
    .replace(new RegExp(`([uU])(${TONE})([yY])$`), "$1$3$2");
  const back = moved !== d ? moved : d.replace(new RegExp(`([oO])([aAeE])(${TONE})$`), "$1$3$2").replace(new RegExp(`([uU])([yY])(${TONE})$`), "$1$3$2");
  return back !== d ? back.normalize("NFC") : undefined;
}

/** The words of a word list file: one a line, `#` starts a comment, blank lines ignored. */
export function readWordList(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim().normalize("NFC"))
    .filter(Boolean);
}

/**
 * A speller for `lang`: the Hunspell dictionary (dictionary-vi; dictionary-en-gb, as the English edition writes
 * British English) plus the project's own `words`. Vietnamese accepts either placement of a final oa/oe/uy tone.
 */
export function makeSpeller(lang: Lang, words: readonly string[]): Speller {
  const { aff, dic } = lang === "vi" ? vi : enGb;
  // The packages read their files as Buffers; their types say Uint8Array, nspell's types want a Buffer.
  const spell = nspell({ aff: Buffer.from(aff.buffer, aff.byteOffset, aff.byteLength), dic: Buffer.from(dic.buffer, dic.byteOffset, dic.byteLength) });
  for (const w of words) spell.add(w);
  const known = (w: string) => spell.correct(w) || (lang === "en" && spell.correct(w.replace(/’/g, "'")));
  return {
    correct: (word) => known(word) || (lang === "vi" && [otherTonePlace(word)].some((v) => v !== undefined && known(v))),
    suggest: (word) => spell.suggest(word).slice(0, 3),
  };
}
