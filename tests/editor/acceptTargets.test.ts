import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { offsetAt } from "../../src/lib/data/positions.ts";
import { acceptable, cardsOf, scoreLine, scoreOf, show } from "../helpers/acceptScore.ts";
import { realFiles } from "../helpers/project.ts";
import { ACCEPT_ARTICLES } from "./acceptArticles.ts";
import { HELD_OUT_ARTICLES } from "./heldOutArticles.ts";

const { metrics } = validateProject(realFiles()).dataset;

// Issue 22: proposals an editor can accept as they come, on articles written for it without looking at the code:
// the set the extractor was tuned on, and a held-out set written blind afterwards. Each must pass on its own.
const SETS = [
  { set: "acceptArticles.ts", articles: ACCEPT_ARTICLES },
  { set: "heldOutArticles.ts", articles: HELD_OUT_ARTICLES },
] as const;

describe.each(SETS)("proposals an editor can accept unchanged (tests/editor/$set)", ({ set, articles }) => {
  const cards = cardsOf(articles, metrics);

  it("finds at least 95 % of the key's figures", () => {
    const figures = articles.flatMap((a) => a.key.map((k) => ({ a, k })));
    const missed = figures.filter(({ a, k }) => !cards.some((card) => card.article === a && card.key === k)).map(({ a, k }) => `${a.name}: ${k.value} ${k.qualifier} “${k.quote}”`);
    expect(missed.length, `${set} missed:\n${missed.join("\n")}`).toBeLessThanOrEqual(figures.length * 0.05);
  });

  it("proposes figures of the key: at least 95 % of the proposals", () => {
    const extra = cards.filter((card) => !card.key).map(show);
    expect(extra.length, `${set}, not figures of the key:\n${extra.join("\n")}`).toBeLessThanOrEqual(cards.length * 0.05);
  });

  it("never proposes what the key says is no figure", () => {
    const proposed = articles.flatMap((a) =>
      a.notFigures.flatMap((s) => {
        const from = a.text.indexOf(s);
        return cards.filter((card) => card.article === a && from !== -1 && (() => {
          const at = offsetAt(a.text, card.c.line, card.c.column);
          return from <= at && at < from + s.length;
        })()).map((card) => `“${s}”: ${show(card)}`);
      }),
    );
    expect(proposed, `${set}:\n${proposed.join("\n")}`).toEqual([]);
  });

  it("makes at least 80 % of the proposals acceptable unchanged: value, qualifier, quote and metric", () => {
    const not = cards.filter((card) => !acceptable(card)).map(show);
    console.info(`${set}: ${scoreLine(scoreOf(articles, cards))}`);
    expect(not.length, `${set}: ${not.length} of ${cards.length} not acceptable as they come:\n${not.join("\n")}`).toBeLessThanOrEqual(cards.length * 0.2);
  });

  it("never gives two different measures of one article the same id", () => {
    const clashes = articles.flatMap((a) => {
      const byId = new Map<string, Set<string>>();
      for (const card of cards.filter((x) => x.article === a && x.key && x.c.metric !== "unknown")) byId.set(card.c.metric, (byId.get(card.c.metric) ?? new Set()).add(card.key!.measure));
      return [...byId].filter(([, measures]) => measures.size > 1).map(([id, measures]) => `${a.name}: ${id} for ${[...measures].join(", ")}`);
    });
    expect(clashes, `${set}:\n${clashes.join("\n")}`).toEqual([]);
  });

  it("gives a measure reported by two articles the same id in both", () => {
    const ids = new Map<string, Map<string, string>>();
    for (const card of cards.filter((x) => x.key)) {
      const of = ids.get(card.key!.measure) ?? new Map<string, string>();
      of.set(card.article.name, card.c.metric);
      ids.set(card.key!.measure, of);
    }
    const split = [...ids].filter(([, byArticle]) => byArticle.size > 1 && new Set(byArticle.values()).size > 1).map(([measure, byArticle]) => `${measure}: ${[...byArticle].map(([a, id]) => `${id} (${a})`).join(", ")}`);
    expect(split, `${set}:\n${split.join("\n")}`).toEqual([]);
  });
});
