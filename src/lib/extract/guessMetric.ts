import type { Metric } from "../data/model.ts";
import { slugify } from "../editor/slugify.ts";
import { COUNTED_NOUNS } from "./countedNouns.ts";

/** A metric id for a figure: one from the dictionary, a proposed new one, or "unknown". */
export interface Guess {
  metric: string;
  /** True when the id is a proposal the dictionary does not have yet. */
  proposed: boolean;
}

// Words that end the name of what is counted: "5 buổi tuyên truyền cho học sinh" counts "buổi tuyên truyền".
const STOP = /^(của|cho|với|và|tại|trong|về|được|đã|có|để|từ|ở|thuộc|trên|gồm|là|nhằm|theo|do|này|đó)$/;

/**
 * Guesses what a number counts from the words right after it (`after`) and its clause. A dictionary keyword
 * must start `after`; a keyword's "@context" must appear in the clause; percent metrics need a "%".
 * The longest match (phrase and context together) wins. With no keyword, a counted noun yields a proposed id; otherwise
 * the guess is "unknown" rather than a wild one.
 */
export function guessMetric(after: string, clause: string, percent: boolean, metrics: readonly Metric[]): Guess {
  const head = after.trimStart().toLowerCase();
  const context = clause.toLowerCase();
  let best: { id: string; score: number } | undefined;
  for (const m of metrics) {
    if ((m.unit === "percent") !== percent) continue;
    for (const keyword of m.keywords_vi.split("|").filter(Boolean)) {
      const [phrase, where] = keyword.toLowerCase().split("@") as [string, string | undefined];
      if (!startsWithWords(head, phrase) || (where && !context.includes(where))) continue;
      // The longer the words that matched, the more specific the guess: a full phrase beats a short noun
      // with a context word ("trường hợp vi phạm về vệ sinh an toàn thực phẩm" over "trường hợp@môi trường").
      const score = phrase.length + (where?.length ?? 0);
      if (!best || score > best.score) best = { id: m.id, score };
    }
  }
  if (best) return { metric: best.id, proposed: false };
  if (percent) return { metric: "unknown", proposed: false };
  const noun = COUNTED_NOUNS.filter((n) => startsWithWords(head, n)).sort((a, b) => b.length - a.length)[0];
  if (!noun) return { metric: "unknown", proposed: false };
  const words: string[] = [];
  for (const word of head.split(/\s+/)) {
    const clean = word.replace(/[^\p{L}\p{N}-]/gu, "");
    if (!clean || STOP.test(clean) || words.length === 5) break;
    words.push(clean);
    if (/[,;.:)]$/.test(word)) break;
  }
  return { metric: slugify(words.join(" ")).replaceAll("-", "_"), proposed: true };
}

/** Whether `text` starts with `phrase` as whole words ("tổ hòa giải" starts "tổ hòa giải và…", not "tổng"). */
function startsWithWords(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(text[phrase.length] ?? "");
}
