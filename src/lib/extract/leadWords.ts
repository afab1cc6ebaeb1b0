import { LEAD_SKIP, STOP } from "./idWords.ts";

/** At most this many syllables before the number qualify a bare noun: "đăng ký" of "đăng ký ở 106 xã". */
const MAX_BEFORE = 4;
/**
 * Verbs of doing whose syllables are skipped one by one elsewhere (as stop words after a noun, or as "hiện" of
 * "hiện có"), yet before a number say what was done: "phát hiện 30 vụ", "bắt giữ 45 đối tượng".
 */
const VERBS = ["phát hiện", "thực hiện", "bắt giữ", "thu giữ", "xây dựng", "triển khai", "duy trì", "phát động", "xử lý"];

/** The last few words of a clause before a number that say what it counts for, without verbs of doing and places. */
export function leadWords(text: string): { words: string[]; written: string } {
  // Within the figure's own stretch of its clause: after the last comma or number ("45 buổi, 30 hộ").
  const from = Math.max(text.lastIndexOf(",") + 1, (/\d[^\d]*$/u.exec(text)?.index ?? -1) + 1);
  const before = " ".repeat(from) + text.slice(from);
  const found = [...before.matchAll(/[^\s,]+/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""), start: m.index!, end: m.index! + m[0].length }));
  const kept: typeof found = [];
  for (let i = found.length - 1; i >= 0 && kept.length < MAX_BEFORE; i--) {
    const w = found[i]!;
    if (/\d/.test(w.word)) break; // the words of another figure
    if (i > 0 && kept.length < MAX_BEFORE - 1 && VERBS.includes(`${found[i - 1]!.word} ${w.word}`)) {
      kept.unshift(found[i - 1]!, w);
      break; // what stands before the verb is who did it: "lực lượng chức năng phát hiện 30 vụ"
    }
    if (!w.word || LEAD_SKIP.has(w.word) || STOP.has(w.word)) {
      if (kept.length) break; // the words that qualify the noun are the run nearest to it
      continue;
    }
    kept.unshift(w);
  }
  const written = kept.length ? before.slice(kept[0]!.start, kept.at(-1)!.end).toLowerCase() : "";
  return { words: kept.map((w) => w.word), written };
}
