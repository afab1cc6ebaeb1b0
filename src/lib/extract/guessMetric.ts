import type { Metric } from "../data/model.ts";
import { countedNoun, startsWithWords } from "./countedNoun.ts";
import { proposeId } from "./proposeId.ts";

/** A metric id for a figure: one from the dictionary, a proposed new one, or "unknown". */
export interface Guess {
  metric: string;
  /** True when the id is a proposal the dictionary does not have yet. */
  proposed: boolean;
}

/**
 * Guesses what a number counts from the words right after it (`after`) and its clause. A dictionary keyword
 * must start `after`; a keyword's "@context" must appear in the clause; percent metrics need a "%".
 * The longest match (phrase and context together) wins. With no keyword, a counted noun yields a proposed id
 * (see proposeId); otherwise the guess is "unknown" rather than a wild one.
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
  const noun = countedNoun(head);
  if (!noun) return { metric: "unknown", proposed: false };
  const id = proposeId(head, noun);
  // An id the dictionary already has (an editor added it without keywords) is that metric, not a new one.
  return { metric: id, proposed: !metrics.some((m) => m.id === id) };
}
