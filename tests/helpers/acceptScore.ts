// How the extractor's proposals score against a hand-labelled key (issue 22): which proposal states which key
// figure, which an editor would accept unchanged, and the three ratios the targets are on. The targets test and
// `npm run bench:extractor` both count this way.
import type { Metric } from "../../src/lib/data/model.ts";
import { offsetAt } from "../../src/lib/data/positions.ts";
import { extractFigures, type Candidate } from "../../src/lib/extract/extractFigures.ts";
import type { AcceptArticle, KeyFigure } from "../editor/acceptArticles.ts";

/** A proposal and the key figure it states (same value and qualifier, its number inside the key's quote), if any. */
export interface Card {
  article: AcceptArticle;
  c: Candidate;
  key?: KeyFigure;
}

/** Every proposal of a set of articles, each matched with the key figure it states. */
export function cardsOf(articles: readonly AcceptArticle[], metrics: readonly Metric[]): Card[] {
  return articles.flatMap((article) =>
    extractFigures(article.text, metrics, "test-1").map((c) => {
      const at = offsetAt(article.text, c.line, c.column);
      const key = article.key.find((k) => {
        const from = article.text.indexOf(k.quote);
        return k.value === c.value && k.qualifier === c.qualifier && from !== -1 && from <= at && at < from + k.quote.length;
      });
      return { article, c, key };
    }),
  );
}

/** Whether a proposal is what the editor accepts unchanged: the key's value, qualifier, quote and metric. */
export function acceptable({ c, key }: Card): boolean {
  if (!key || c.quote !== key.quote) return false;
  if (typeof key.metric === "string") return c.metric === key.metric && !c.proposed;
  return c.proposed && key.metric.ids.includes(c.metric) && c.definition?.group === key.metric.group && c.definition.label_vi.trim() !== "";
}

/** A card on one line, with the key's metric and quote when it states a key figure: what a failure message lists. */
export function show({ article, c, key }: Card): string {
  const want = key ? ` — key: ${typeof key.metric === "string" ? key.metric : `${key.metric.ids.join("|")} (${key.metric.group})`} “${key.quote}”` : "";
  return `${article.name}: ${c.metric}${c.proposed ? ` (${c.definition?.group})` : ""}=${c.value} ${c.qualifier} “${c.quote}”${want}`;
}

/** The counts the targets are ratios of: key figures and those found, proposals and those that are key figures or acceptable. */
export interface Score {
  figures: number;
  found: number;
  proposals: number;
  areFigures: number;
  acceptable: number;
}

/** Scores a set's cards against its articles' key. */
export function scoreOf(articles: readonly AcceptArticle[], cards: readonly Card[]): Score {
  return {
    figures: articles.reduce((n, a) => n + a.key.length, 0),
    found: new Set(cards.filter((c) => c.key).map((c) => c.key)).size,
    proposals: cards.length,
    areFigures: cards.filter((c) => c.key).length,
    acceptable: cards.filter(acceptable).length,
  };
}

/** A score as one line: "figures found 137/137 = 100.0 %; …". */
export function scoreLine(s: Score): string {
  const pct = (n: number, of: number) => `${n}/${of} = ${of ? ((100 * n) / of).toFixed(1) : "—"} %`;
  return `figures found ${pct(s.found, s.figures)}; proposals that are figures ${pct(s.areFigures, s.proposals)}; acceptable unchanged ${pct(s.acceptable, s.proposals)}`;
}
