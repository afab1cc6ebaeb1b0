import type { Metric } from "../model.ts";
import type { Qualifier } from "../../text/qualifiers.ts";
import type { FigureReading, FigureRole } from "../../text/readFigure.ts";

/** How each qualifier is named in a message, with the words of an article that call for it. */
const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: "exact",
  over: "over (trên, hơn)",
  at_least: "at_least (ít nhất, tối thiểu, không dưới, … trở lên)",
  nearly: "nearly (gần, ngót)",
  about: "about (khoảng, chừng, xấp xỉ)",
  at_most: "at_most (dưới, ít hơn, chưa đến, không quá, tối đa, … trở xuống)",
  unquantified: "unquantified (hàng nghìn, nhiều…)",
};

/** What each kind of number is, in a message. */
const ROLE_NAMES: Record<FigureRole, string> = {
  total: "a total",
  range_end: "one end of a range",
  change_start: "the value a change started from",
  change: "an increase or decrease, not a count",
};

/** Who each awarding body is, in a message. */
const BODY_NAMES: Record<string, string> = {
  ppc_chair: "the chair of the provincial People's Committee (ppc_chair)",
  vff_committee: "the provincial Fatherland Front committee (vff_committee)",
  police_director: "the provincial police director (police_director)",
};

/** A problem with a row's figure: the column it belongs to and what to write instead. */
export interface ReadingProblem {
  column: string;
  message: string;
}

/** The qualifier the words around a figure give it, or undefined when they give none a row can have. */
const qualifierOf = (r: FigureReading): Qualifier | undefined => ("qualifier" in r.bound ? r.bound.qualifier : undefined);

/** The metric's count words ("tập thể@Chủ tịch UBND" → "tập thể"), lower case. */
export function countWords(metric: Metric): string[] {
  return metric.keywords_vi.split("|").map((k) => k.split("@")[0]!.toLowerCase()).filter(Boolean);
}

/** Whether a figure's words after the number name what the metric counts. */
const counts = (r: FigureReading, phrases: readonly string[]) => {
  const after = r.noun.toLowerCase();
  return phrases.some((p) => after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after[p.length] ?? ""));
};

/**
 * Compares a row with the figures its text states worth the row's value, each read where it stands (in the
 * quote alone, or in the article around the quote): one bound and one kind of number, the row's qualifier, what
 * the metric counts, the kind of number the metric publishes and, for awards, the body that gave them.
 * `where` names the text in messages ("the quote", "the article"). Returns the first problem, or undefined.
 */
export function readingProblem(metric: Metric, qualifier: Qualifier, readings: readonly FigureReading[], where: string, text: string): ReadingProblem | undefined {
  const phrases = countWords(metric);
  // Where the text states the value more than once, the figure is the one followed by what the metric counts.
  const named = readings.filter((r) => counts(r, phrases));
  const relevant = named.length ? named : readings;
  const around = (r: FigureReading) => text.slice(Math.max(0, r.number.start - 20), r.number.end + 20).trim();
  const refused = relevant.find((r) => "refused" in r.bound);
  if (refused && "refused" in refused.bound) {
    return { column: "qualifier", message: `${where} says "${around(refused)}": ${refused.bound.refused}; leave the figure out, or record it in the note of a related row` };
  }
  const stated = (r: FigureReading) => {
    const b = r.bound as { words?: string };
    return b.words ? (b.words.startsWith("…") ? `${r.number.text} ${b.words}` : `${b.words} ${r.number.text}`) : `${r.number.text}`;
  };
  const kinds = new Set(relevant.map((r) => `${qualifierOf(r)}/${r.role}`));
  if (kinds.size > 1) {
    const [a, b] = relevant;
    return {
      column: "quote",
      message: `${where} states ${a!.number.text} twice and reads it two ways ("${stated(a!)}" and "${stated(b!)}"): quote only the words of the one figure the row gives`,
    };
  }
  const first = relevant[0]!;
  const allowed: FigureRole = metric.reading || "total";
  if (first.role !== allowed) {
    const words = first.roleWords ? `"${first.roleWords}"` : `"${stated(first)}"`;
    return {
      column: "value",
      message:
        allowed === "total" && first.role === "range_end"
          ? `${where} says "${around(first)}": it gives a range (${words}), which no qualifier can show; leave the figure out, or record it in the note of a related row (or give the metric reading = range_end in data/metrics.csv if it counts one end of a range)`
          : allowed === "total"
          ? `${where} writes ${words}: ${first.number.text} is ${ROLE_NAMES[first.role]}, not a total ${metric.id} can publish; quote the figure that states the total, leave this one out (or explain it in a note), or give the metric reading = ${first.role} in data/metrics.csv if that is what it counts`
          : `${metric.id} publishes ${ROLE_NAMES[allowed]} (reading = ${allowed} in data/metrics.csv), but ${where} writes ${words}, which is ${ROLE_NAMES[first.role]}: quote a figure of that kind, or use another metric`,
    };
  }
  const q = qualifierOf(first)!;
  if (q !== qualifier) {
    const b = first.bound as { words?: string };
    const words = b.words ? `"${stated(first)}"` : `"${first.number.text}" with no bound word`;
    return { column: "qualifier", message: `${where} says ${words}, which is ${QUALIFIER_NAMES[q]}: write ${q} here, as the article does` };
  }
  if (phrases.length && !named.length) {
    return { column: "quote", message: `${where} states ${first.number.text} but the words after it do not name what ${metric.id} counts (${phrases.join(", ")}): quote the number with the words that follow it, or check the metric` };
  }
  return bodyProblem(metric, first.body, where);
}

/** An award metric whose text names another awarding body than the metric's `award_level`, or undefined. */
export function bodyProblem(metric: Metric, body: string | undefined, where: string): ReadingProblem | undefined {
  if (!metric.award_level || !body || body === metric.award_level) return undefined;
  return {
    column: "metric",
    message: `${where} says these awards were given by ${BODY_NAMES[body]}, but ${metric.id} counts awards given by ${BODY_NAMES[metric.award_level]}: write the metric whose award_level is ${body} (recipient ${metric.recipient || "as here"}), or quote the words about ${metric.award_level}'s awards`,
  };
}
