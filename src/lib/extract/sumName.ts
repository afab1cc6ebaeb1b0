import { SKIP, STOP } from "./idWords.ts";

/** A sum is named in at most this many syllables: "kinh phí nhân dân đóng góp". */
const MAX_SUM = 6;
// What a clause says a sum of money is, when it opens with it: "Kinh phí …", "Quỹ …", "Tổng số tiền …".
const SUM_NOUNS = ["tiền", "kinh phí", "quỹ", "nguồn quỹ", "nguồn kinh phí", "ngân sách"];
// Words that end the subject before the verb that states the sum: "Tổng số tiền huy động đạt …", "… là …".
const SUM_VERBS = new Set(["đạt", "là", "được", "lên", "trên", "gần", "khoảng", "hơn"]);

/**
 * The name a clause gives the sum of money stated after it, when the clause opens with what the sum is ("Quỹ
 * phòng, chống tội phạm các cấp vận động được 850 triệu đồng" is "quỹ phòng chống tội phạm"; "Tổng số tiền huy
 * động đạt …" is "tiền huy động"): its words up to the verb or a word that opens a phrase of its own, as written
 * (lower case) for a keyword's context; undefined when the clause opens with something else ("Nhân dân đóng góp …").
 */
export function sumName(before: string): { words: string[]; written: string } | undefined {
  const found = [...before.matchAll(/[^\s,“”"]+/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""), start: m.index!, end: m.index! + m[0].length }));
  // "Tổng số tiền", "Tổng kinh phí", "Số tiền": the total of a sum is the sum.
  let i = 0;
  while (found[i] && (found[i]!.word === "tổng" || found[i]!.word === "số")) i++;
  const rest = found.slice(i).map((w) => w.word).join(" ");
  if (!SUM_NOUNS.some((n) => rest === n || rest.startsWith(`${n} `))) return undefined;
  const kept: typeof found = [];
  for (const w of found.slice(i)) {
    if (!w.word || /\d/.test(w.word) || STOP.has(w.word) || SUM_VERBS.has(w.word) || kept.length >= MAX_SUM) break;
    if (!SKIP.has(w.word)) kept.push(w);
  }
  return { words: kept.map((w) => w.word), written: before.slice(kept[0]!.start, kept.at(-1)!.end).toLowerCase() };
}
