import type { Metric } from "../data/model.ts";
import { awardGiver } from "./awardGiver.ts";
import { countedNoun } from "./countedNoun.ts";
import { nearestGroup } from "./nearestGroup.ts";
import type { Definition } from "./definition.ts";
import { idFromWords, proposedWords, type Around } from "./proposedWords.ts";
import { namedShare } from "./namedShare.ts";
import { outcomeRate, rateWords } from "./rateWords.ts";

/** A new metric the extractor proposes: its id and its row of data/metrics.csv. */
export interface Proposal {
  id: string;
  definition: Definition;
}

/** Check reads at most eight words after a number as what it counts (readFigure's noun): a longer keyword is never found there. */
const KEYWORD_WORDS = 8;
/** Who receives awards, as the dictionary's award metrics count them. */
const RECIPIENTS = ["tập thể", "cá nhân"];

/** A text with its first letter in capitals. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** At most `n` words of a text. */
const first = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(0, n).join(" ");

/**
 * A new metric for a figure no dictionary metric fits, or undefined when its words name nothing counted (`counted`
 * adds the dictionary's counted words to countedNouns.ts). Awards are named for who receives them and who gave
 * them ("tap_the_chu_tich_ubnd_huyen_khen", see awardGiver); any other count or share for what it counts and
 * what qualifies it (see proposedWords), so different measures of one article get different ids and the same
 * words the same id in any article. Its row: the nearest group (see nearestGroup), its unit, a Vietnamese label,
 * and its words in the dictionary's keyword syntax, so the next article with these words gets this metric.
 */
export function proposeMetric(after: string, clause: string, percent: boolean, metrics: readonly Metric[], counted: readonly string[], around: Around): Proposal | undefined {
  const raw = after.trimStart();
  const numberOf = /^số\s+/iu.exec(raw)?.[0] ?? "";
  const head = raw.slice(numberOf.length);
  // The noun as countedNouns.ts lists it, else as a dictionary keyword starts: "lượt người", not the keyword
  // "lượt người tham gia", so what follows the noun is read as what qualifies it.
  const noun = countedNoun(head) ?? countedNoun(head, counted.map((p) => p.toLowerCase()));
  // A share that counts nothing after it may be named before it: "tỷ lệ tái phạm tội chỉ còn dưới 2%".
  const named = !noun && percent ? namedShare(around.before ?? "") : undefined;
  if (named) {
    const group = nearestGroup("", named.written, around.before ?? "", metrics) ?? metrics[0]?.group ?? "";
    // No keyword: the dictionary's keywords are words after the number, and here there are none; the same words
    // give the same id next time, which guessMetric then finds in the dictionary.
    return { id: idFromWords(named.words), definition: { group, label_vi: capital(named.words.join(" ")), unit: "percent", keywords_vi: "" } };
  }
  if (!noun) return undefined;
  const unit = percent ? "percent" : "count";
  const giver = RECIPIENTS.includes(noun.toLowerCase()) ? awardGiver(clause) : undefined;
  if (giver) {
    const id = idFromWords([noun, giver.id, "khen"]);
    const label = `${capital(noun.toLowerCase())} được ${giver.written} tặng ${giver.award}`;
    return { id, definition: { group: "awards", label_vi: label, unit, keywords_vi: `${noun.toLowerCase()}@${giver.written.toLowerCase()}` } };
  }
  // A share stated as the rate of the count before it is named for what that count did.
  const rate = percent ? (rateWords(around.before ?? "") ?? outcomeRate(head, noun)) : undefined;
  if (rate) {
    const group = nearestGroup(noun, `${rate.written} ${head}`, around.before ?? "", metrics) ?? metrics[0]?.group ?? "";
    return { id: idFromWords(rate.words), definition: { group, label_vi: capital(rate.words.join(" ")), unit, keywords_vi: `${noun.toLowerCase()}@${rate.written}` } };
  }
  const words = proposedWords(head, noun, around);
  const id = idFromWords([...words.words, ...words.context]);
  const name = [...words.words, ...words.context].join(" ");
  const label = percent ? `Tỷ lệ ${name}` : capital(name);
  // Without its "số": check reads "1,5% số người …" as counting "người …" (readFigure's noun), so does guessMetric.
  const written = first(words.written, KEYWORD_WORDS);
  const keywords = words.contextWritten ? `${written}@${words.contextWritten}` : written;
  const group = nearestGroup(noun, `${words.written} ${words.context.join(" ")}`, around.before ?? "", metrics) ?? metrics[0]?.group ?? "";
  return { id, definition: { group, label_vi: label, unit, keywords_vi: keywords } };
}
