import type { Lang, Speller } from "./speller.ts";
import type { Segment } from "./texts.ts";
import { wordsOf } from "./words.ts";

/** A word no dictionary of its language knows: where it stands (1-based), and what the dictionary suggests. */
export interface Misspelling {
  file: string;
  line: number;
  column: number;
  word: string;
  lang: Lang;
  suggestions: string[];
}

/** 1-based line and column of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Suggestions cost some 100 ms a word in English: only the first misspellings get them. */
const SUGGESTED = 20;

/** Every misspelt word of the segments, in the order of the files' lines, each checked with its language's speller (suggestions for the first few). */
export function misspellings(segments: readonly Segment[], spellers: Record<Lang, Speller>): Misspelling[] {
  const found: Misspelling[] = [];
  for (const s of segments) {
    for (const w of wordsOf(s.text.slice(s.from, s.to), s.lang)) {
      const lang: Lang = w.lang === "either" ? s.lang : w.lang;
      if (w.lang === "either" ? spellers.vi.correct(w.word) || spellers.en.correct(w.word) : spellers[lang].correct(w.word)) continue;
      found.push({ file: s.file, ...position(s.text, s.from + w.offset), word: w.word, lang, suggestions: [] });
    }
  }
  const order = [...new Set(found.map((m) => m.file))];
  found.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line || a.column - b.column);
  for (const m of found.slice(0, SUGGESTED)) m.suggestions = spellers[m.lang].suggest(m.word);
  return found;
}

/** A misspelling as one line: `file:line:column "word" (vi): did you mean …?` */
export function formatMisspelling(m: Misspelling): string {
  const hint = m.suggestions.length ? `: did you mean ${m.suggestions.map((s) => `"${s}"`).join(" or ")}?` : ": no suggestion; fix it, or add it to tests/spelling/words-" + m.lang + ".txt if it is right";
  return `${m.file}:${m.line}:${m.column} "${m.word}" (${m.lang})${hint}`;
}
