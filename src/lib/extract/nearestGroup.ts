import type { Metric } from "../data/model.ts";
import { GROUP_ORDER, GROUP_WORDS } from "./groupWords.ts";
import { SKIP, STOP, UNITS } from "./idWords.ts";

/** The syllables of the places counted as units ("xã", "thị", "trấn" …). */
const PLACE_SYLLABLES = new Set(UNITS.flatMap((u) => u.split(" ")));

/**
 * How many of each group's words stand in a text as whole words, each stretch of text counted once and for the
 * longest phrase that covers it ("không có tội phạm" is safety's, not enforcement's "tội phạm").
 */
function hits(text: string): Map<string, number> {
  const taken: boolean[] = [];
  const found = new Map<string, number>();
  const all = Object.entries(GROUP_WORDS).flatMap(([g, list]) => list.words.map((p) => ({ g, p }))).sort((a, b) => b.p.length - a.p.length);
  for (const { g, p } of all) {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) {
      const whole = !/[\p{L}]/u.test(text[at - 1] ?? "") && !/[\p{L}]/u.test(text[at + p.length] ?? "");
      if (!whole || taken.slice(at, at + p.length).some(Boolean)) continue;
      for (let i = at; i < at + p.length; i++) taken[i] = true;
      found.set(g, (found.get(g) ?? 0) + 1);
    }
  }
  return found;
}

/**
 * The group of data/metrics.csv nearest to a new measure: by what it counts (`noun`, three points when it is one
 * of a group's heads), the words said of it in its phrase (`words`, two points each) and the rest of its clause
 * (`context`, one point each), from groupWords.ts, a longer phrase taking its words from a shorter one ("không có
 * tội phạm" is safety, not enforcement's "tội phạm"); ties go to the narrower group. With no word, the group whose
 * metrics' labels and keywords share most of the phrase's syllables; undefined when none does.
 */
export function nearestGroup(noun: string, words: string, context: string, metrics: readonly Metric[]): string | undefined {
  const groups = [...new Set(metrics.map((m) => m.group))];
  const phrase = words.toLowerCase();
  const around = context.toLowerCase();
  const inPhrase = hits(phrase);
  const inClause = hits(around);
  const score = (g: string) => {
    const head = GROUP_WORDS[g]?.heads.includes(noun.toLowerCase()) ? 3 : 0;
    return head + 2 * (inPhrase.get(g) ?? 0) + (inClause.get(g) ?? 0);
  };
  const order = (g: string) => (GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length);
  const ranked = groups.map((g) => ({ g, s: score(g) })).sort((a, b) => b.s - a.s || order(a.g) - order(b.g));
  if (ranked[0] && ranked[0].s > 0) return ranked[0].g;
  // Places are counted for what they are, safe, crime-free, up to a standard, more often than for anything else.
  return byDictionary(phrase, metrics) ?? (UNITS.includes(noun.toLowerCase()) && groups.includes("safety") ? "safety" : undefined);
}

/** The group whose metrics' labels and keywords share most of a phrase's syllables, or undefined. */
function byDictionary(phrase: string, metrics: readonly Metric[]): string | undefined {
  // Words that say nothing ("được" of "Tập thể được … tặng") tell no group, nor do places, which every group counts.
  const syllables = new Set(phrase.split(/[^\p{L}]+/u).filter((w) => w && !SKIP.has(w) && !STOP.has(w) && !PLACE_SYLLABLES.has(w)));
  const shared = new Map<string, number>();
  for (const m of metrics) {
    const own = new Set(`${m.label_vi} ${m.keywords_vi}`.toLowerCase().split(/[^\p{L}]+/u));
    shared.set(m.group, (shared.get(m.group) ?? 0) + [...syllables].filter((s) => own.has(s)).length);
  }
  const best = [...shared].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : undefined;
}
