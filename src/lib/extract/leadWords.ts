import { LEAD_SKIP, SKIP, STOP } from "./idWords.ts";

/** At most this many syllables before the number qualify a bare noun: "đăng ký" of "đăng ký ở 106 xã". */
const MAX_BEFORE = 4;
/**
 * Verbs of doing whose syllables are skipped one by one elsewhere (as stop words after a noun, or as "hiện" of
 * "hiện có"), yet before a number say what was done: "phát hiện 30 vụ", "bắt giữ 45 đối tượng".
 */
const VERBS = ["phát hiện", "thực hiện", "bắt giữ", "thu giữ", "xây dựng", "triển khai", "duy trì", "phát động", "xử lý"];

// "<what> được <verb> tại N <place>": the places are counted for what was done there, "khu dân cư tổ chức ngày hội"
// for "“Ngày hội …” được tổ chức tại 1.096 khu dân cư".
const PASSIVE = /(?:^|[,:]\s*)[“"]?((?:[^\s,“”"]+\s+)?[^\s,“”"]+)[^,]*?[”"]?\s+được\s+((?:[\p{L}]+\s+){1,3}?)(?:tại|ở|tới|đến|cho)\s*$/iu;
/** Of what was done, this many words name it: "ngày hội" of “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”. */
const WHAT_WORDS = 2;

/**
 * The last few words of a clause before a number that say what it counts for, without verbs of doing and places;
 * for a passive clause ("… được tổ chức tại 1.096 khu dân cư"), the verb and what was done.
 */
export function leadWords(text: string): { words: string[]; written: string } {
  const passive = PASSIVE.exec(text);
  if (passive) {
    const what = passive[1]!.toLowerCase().split(/\s+/).filter((w) => w !== "các" && w !== "những").slice(0, WHAT_WORDS);
    const verb = passive[2]!.trim().toLowerCase().split(/\s+/).filter((w) => !SKIP.has(w));
    if (what.length && verb.length) return { words: [...verb, ...what], written: what.join(" ") };
  }
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
