import type { Metric } from "../../src/lib/data/model.ts";
import { checkFigure } from "../../src/lib/data/validate/checkFigure.ts";
import { figureInArticle } from "../../src/lib/data/validate/figureInArticle.ts";
import type { Candidate } from "../../src/lib/extract/extractFigures.ts";

/** The metric a proposal would be checked against: the dictionary's, or the row its definition proposes. */
function metricOf(c: Candidate, metrics: readonly Metric[]): Metric | undefined {
  const known = metrics.find((m) => m.id === c.metric);
  if (known || !c.definition) return known;
  const d = c.definition;
  return { ...metrics.find((m) => m.group === d.group && !m.award_level)!, id: c.metric, award_level: "", recipient: "", reading: "", ...d, group: d.group as Metric["group"] };
}

/**
 * What `npm run check` says of a proposal written as a results row of its article: check's reading of its quote
 * alone (checkFigure), then where it stands in the article (figureInArticle). Empty when check accepts it.
 */
export function checkSays(text: string, c: Candidate, metrics: readonly Metric[]): string[] {
  const metric = metricOf(c, metrics);
  if (!metric) return [`no metric to check ${c.metric} against`];
  const said: string[] = [];
  const raw = c.value === null ? "" : String(c.value);
  // The dictionary's units are counts and shares: a mass ("12,5 kg") is for the editor to decide, not a reading.
  const whole = (message: string) => message.startsWith(`${metric.id} counts whole units`) && !Number.isInteger(c.value);
  checkFigure(metric, c.value, raw, c.qualifier, c.quote, (column, message) => whole(message) || said.push(`${column}: ${message}`));
  const row = { province: "test", metric: c.metric, value: c.value, qualifier: c.qualifier, source: "test-1", quote: c.quote, note: "", note_en: "", file: "test.csv", line: 2 };
  const inArticle = figureInArticle({ text, lines: new Map() }, row, metric, "test-1");
  if (inArticle) said.push(`article: ${inArticle}`);
  return said;
}
