import type { Metric, Result } from "../model.ts";
import { awardingBody } from "../../text/awardBody.ts";
import { numbersIn, type WrittenNumber } from "../../text/numbers.ts";
import { readFigure, type FigureReading } from "../../text/readFigure.ts";
import { bodyProblem, readingProblem } from "./readingProblem.ts";

/**
 * An article as the check reads it: its text, and the numbers of each line a quote stands on, read once for all
 * the rows citing it (by the offset where the line starts). A figure never spans lines, so only those are read.
 */
export interface ReadArticle {
  text: string;
  lines: Map<number, readonly WrittenNumber[]>;
}

/** The line of the article that holds `start`–`end` (the lines, if a quote spans several), and its numbers. */
function lineOf(article: ReadArticle, start: number, end: number): { from: number; text: string; numbers: readonly WrittenNumber[] } {
  const from = article.text.lastIndexOf("\n", start - 1) + 1;
  const stop = article.text.indexOf("\n", end);
  const text = article.text.slice(from, stop === -1 ? undefined : stop);
  // A quote over several lines (rare) is read on its own, not cached under its first line.
  const single = article.text.indexOf("\n", from) === stop;
  const numbers = (single && article.lines.get(from)) || numbersIn(text);
  if (single) article.lines.set(from, numbers);
  return { from, text, numbers };
}

/** Every offset where `quote` stands in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** The article's words from `start` to `end`, on one line and at most about 200 characters, for a message. */
function words(text: string, start: number, end: number): string {
  const shown = text.slice(start, end).replace(/\s+/gu, " ").trim();
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

/**
 * What is wrong with a row's figure where its quote stands in the article at `at`: a quote that starts or ends
 * inside a number or leaves out its bound words (with the article's words to quote instead), or a figure the
 * article, read around the quote, gives another way (bound, kind of number, awarding body). Undefined when right.
 */
function problemAt(article: ReadArticle, place: number, row: Result, metric: Metric): string | undefined {
  // Read in the quote's line: offsets below are the line's.
  const { from, text, numbers } = lineOf(article, place, place + row.quote.length);
  const at = place - from;
  const end = at + row.quote.length;
  const cut = numbers.find((n) => (n.start < at && at < n.end) || (n.start < end && end < n.end));
  if (cut) {
    const whole = words(text, Math.min(at, cut.start), Math.max(end, cut.end));
    return `the quote ${cut.start < at ? "starts" : "ends"} inside the number "${cut.text}" of the article: quote "${whole}" and write the whole number, ${cut.value}`;
  }
  if (row.value === null) {
    // The clause first, as readFigure reads a body: "Giám đốc Công an tỉnh tặng …; Ủy ban MTTQ tỉnh cũng tặng …".
    const problem = bodyProblem(metric, awardingBody(row.quote) ?? awardingBody(readSentence(text, at, end, ";")) ?? awardingBody(readSentence(text, at, end)), "the article");
    return problem?.message;
  }
  const inside = numbers.filter((n) => n.start >= at && n.end <= end && n.value === row.value && n.percent === (metric.unit === "percent"));
  // The quote alone passed checkFigure, so it states the value; read in the article, each of its numbers is whole.
  const readings = inside.map((n) => readFigure(text, n.start, numbers)).filter((r): r is FigureReading => r !== undefined);
  if (!readings.length) return undefined;
  for (const r of readings) {
    if (r.span.start < at || r.span.end > end) {
      const left = r.span.start < at ? `"${words(text, r.span.start, at)}" before it` : `"${words(text, end, r.span.end)}" after it`;
      return `the quote leaves out ${left}, which the article writes with ${r.number.text}: quote "${words(text, Math.min(at, r.span.start), Math.max(end, r.span.end))}"`;
    }
  }
  return readingProblem(metric, row.qualifier, readings, "the article", text)?.message;
}

/** The sentence (or sentences) of the article around a quote, or with `more` marks (";") its clause. */
function readSentence(text: string, start: number, end: number, more = ""): string {
  const marks = [".", "!", "?", "\n", ...more];
  const from = Math.max(...marks.map((m) => text.lastIndexOf(m, start - 1))) + 1;
  const stops = marks.map((m) => text.indexOf(m, end)).filter((i) => i !== -1);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/**
 * Verifies a row where its quote stands in its article: the quote must be there, word for word, and at one of
 * the places it stands the article must state the row's figure the way the row gives it. Returns the problem's
 * message (what to write instead), or undefined when the row is right.
 */
export function figureInArticle(article: ReadArticle, row: Result, metric: Metric | undefined, name: string): string | undefined {
  const quote = row.quote.normalize("NFC");
  const places = occurrences(article.text, quote);
  if (!places.length) return `the quote is not in the article ${name} as written: copy it from the article exactly (Ctrl-F must find it)`;
  if (!metric) return undefined;
  const problems = places.map((at) => problemAt(article, at, { ...row, quote }, metric));
  return problems.includes(undefined) ? undefined : problems[0];
}
