import type { Metric } from "../data/model.ts";
import { numberAt, numbersIn } from "../text/numbers.ts";
import { readFigure } from "../text/readFigure.ts";
import type { Definition } from "./definition.ts";
import { guessMetric } from "./guessMetric.ts";

/** A figure an editor selected by hand in an article: the row it proposes, and where its quote starts. */
export interface HandFigure {
  metric: string;
  value: number | null;
  qualifier: string;
  quote: string;
  /** Offset of the quote in the article. */
  start: number;
  /** For a proposed new metric, the row of data/metrics.csv the extractor suggests (as on a Candidate). */
  definition?: Definition;
}

/**
 * Reads the figure whose number the editor's selection (`start`–`end` of the article) holds, where it stands in
 * the article: the whole number, its bound words and what it counts, so a careless drag ("78 hồ sơ" out of
 * "1.078 hồ sơ", "400 ổ nhóm" without its "trên") becomes the quote check accepts. Undefined when the selection
 * holds no number.
 */
export function handFigure(article: string, start: number, end: number, metrics: readonly Metric[]): HandFigure | undefined {
  const all = numbersIn(article);
  const first = all.find((n) => n.end > start && n.start < end);
  const reading = first && readFigure(article, first.start, all);
  if (!reading) return undefined;
  let from = Math.min(start, reading.span.start);
  let to = Math.max(end, reading.span.end);
  // The selection's other edge may cut another number in two: take that number whole.
  from = Math.min(from, numberAt(article, from, all)?.start ?? from);
  to = Math.max(to, numberAt(article, to - 1, all)?.end ?? to);
  const guess = guessMetric(reading.noun, article.slice(reading.sentence.start, reading.sentence.end), reading.number.percent, metrics);
  const qualifier = "qualifier" in reading.bound ? reading.bound.qualifier : "exact";
  const quoteStart = from + (article.slice(from, to).length - article.slice(from, to).trimStart().length);
  return { metric: guess.metric, value: reading.number.value, qualifier, quote: article.slice(from, to).trim(), start: quoteStart, ...(guess.definition ? { definition: guess.definition } : {}) };
}
