import type { Metric } from "../data/model.ts";
import { awardingBody } from "../text/awardBody.ts";
import { startsWithWords } from "./countedNoun.ts";
import type { Definition } from "./definition.ts";
import { proposeMetric, type Proposal } from "./proposeMetric.ts";
import type { Around } from "./proposedWords.ts";

/** A metric id for a figure: one from the dictionary, a proposed new one (with its row), or "unknown". */
export interface Guess {
  metric: string;
  /** True when the id is a proposal the dictionary does not have yet. */
  proposed: boolean;
  /** For a proposed id, the row of data/metrics.csv it would have. */
  definition?: Definition;
}

// "số" (the number of) before what is counted says nothing of it: "100% số xã, thị trấn".
const NUMBER_OF = /^số\s+/u;

/**
 * Guesses what a number counts from the words right after it (`after`) and its clause. A dictionary keyword
 * must start `after`; each of a keyword's "@context" words must appear in the clause (attendance at launches
 * needs a launch: "lượt người@phát động") and each "@!context" must not (the province's headline count of models
 * is no district's: "mô hình@!toàn huyện"); percent metrics need a "%". An award metric needs its awarding body
 * instead, read with awardingBody as check reads it ("Bằng khen của Chủ tịch UBND tỉnh", whoever hands it over),
 * so a deputy's name, another body's or a district's does not decide it. The longest match wins, its phrase
 * counting twice its context. With no keyword, a new metric is proposed (see proposeMetric), else "unknown".
 */
export function guessMetric(after: string, clause: string, percent: boolean, metrics: readonly Metric[], around: Around = {}, counted: readonly string[] = []): Guess {
  const head = after.trimStart().toLowerCase().replace(NUMBER_OF, "");
  const context = clause.toLowerCase();
  let best: { id: string; score: number } | undefined;
  let body: string | undefined | null = null; // read once, when an award metric asks
  for (const m of metrics) {
    if ((m.unit === "percent") !== percent) continue;
    for (const keyword of m.keywords_vi.split("|").filter(Boolean)) {
      const [phrase, ...conditions] = keyword.toLowerCase().split("@") as [string, ...string[]];
      if (!startsWithWords(head, phrase)) continue;
      if (m.award_level) {
        if (body === null) body = awardingBody(clause);
        if (body !== m.award_level) continue;
      } else if (!conditions.every((c) => (c.startsWith("!") ? !context.includes(c.slice(1)) : context.includes(c)))) continue;
      // The longer the words that matched, the more specific the guess: a full phrase beats a short noun
      // with a context word ("người vào trường giáo dưỡng" over "người@cơ sở giáo dục bắt buộc").
      const score = 2 * phrase.length + conditions.filter((c) => !c.startsWith("!")).reduce((n, c) => n + c.length, 0);
      if (!best || score > best.score) best = { id: m.id, score };
    }
  }
  if (best) return { metric: best.id, proposed: false };
  return proposalGuess(proposeMetric(after, clause, percent, metrics, counted, around), metrics);
}

/** A proposed metric as a guess: "unknown" without one, else its id, new (with its row) unless the dictionary has it. */
export function proposalGuess(proposal: Proposal | undefined, metrics: readonly Metric[]): Guess {
  if (!proposal) return { metric: "unknown", proposed: false };
  // An id the dictionary already has (an editor added it without keywords) is that metric, not a new one.
  if (metrics.some((m) => m.id === proposal.id)) return { metric: proposal.id, proposed: false };
  return { metric: proposal.id, proposed: true, definition: proposal.definition };
}
