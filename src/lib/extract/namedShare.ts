import { SKIP, STOP } from "./idWords.ts";

// "tỷ lệ <what>" before a share that counts nothing after it: "tỷ lệ tái phạm tội chỉ còn dưới 2%".
const NAMED = /(?:^|[^\p{L}])(?:tỷ lệ|tỉ lệ)\s+([^,;:.!?]*)$/iu;
// Words that end what a rate is of and start what is said of it: "… chỉ còn dưới 2%", "… đạt 87%".
const SAID = new Set(["chỉ", "còn", "đạt", "là", "mức", "luôn", "giảm", "tăng", "ước", "bình", "xuống", "chiếm"]);
/** Of what a rate is of, this many syllables name it. */
const MAX_NAMED = 6;

/**
 * The words of a share whose clause names it before the number and counts nothing after it ("tỷ lệ tái phạm tội
 * chỉ còn dưới 2%" gives "tỷ lệ tái phạm tội"), with what the rate is of as written; undefined when it is not named.
 */
export function namedShare(before: string): { words: string[]; written: string } | undefined {
  const m = NAMED.exec(before);
  if (!m) return undefined;
  const found = [...m[1]!.matchAll(/[^\s“”"]+/gu)].map((w) => ({ word: w[0].toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""), end: w.index! + w[0].length }));
  const kept: typeof found = [];
  for (const w of found) {
    if (!w.word || /\d/.test(w.word) || STOP.has(w.word) || SAID.has(w.word) || kept.length >= MAX_NAMED) break;
    if (!SKIP.has(w.word)) kept.push(w);
  }
  if (!kept.length) return undefined;
  return { words: ["tỷ", "lệ", ...kept.map((w) => w.word)], written: m[1]!.slice(0, kept.at(-1)!.end).toLowerCase() };
}
