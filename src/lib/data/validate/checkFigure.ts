import type { Metric } from "../model.ts";
import { NUMBER_QUALIFIERS, type Qualifier } from "../../text/qualifiers.ts";
import { boundOf } from "../../text/bounds.ts";
import { numbersIn } from "../../text/numbers.ts";
import { numberWordsIn } from "../../text/numberWords.ts";
import { figuresWorth, type FigureReading } from "../../text/readFigure.ts";
import { spellings } from "../../text/valueInQuote.ts";
import { awardingBody } from "../../text/awardBody.ts";
import { bodyProblem, readingProblem } from "./readingProblem.ts";

// Number words that are no count on their own: "một số" is "some", "năm" is also "year".
const NOT_A_COUNT = new Set(["một", "năm"]);

/** A number the quote of an unquantified row states, in digits or in words, or undefined when it states none. */
function statedNumber(quote: string): { text: string; value?: number; qualifier?: Qualifier } | undefined {
  // "hàng nghìn vụ" states no number; "trên 366 đợt" does, and must not be shown as "no count given".
  const digits = /(?<![\p{L}\d.,])\d[\d.,]*(?![\d])/u.exec(quote.replace(/hàng (nghìn|ngàn|vạn|trăm|chục)/giu, ""));
  if (digits) return { text: digits[0] };
  const words = numberWordsIn(quote).find((n) => !NOT_A_COUNT.has(n.text.toLowerCase()));
  if (!words) return undefined;
  const bound = boundOf(quote, words.start, words.end);
  return { text: words.text, value: words.value, qualifier: "qualifier" in bound ? bound.qualifier : undefined };
}

/** Keeps the figures that state the value in the metric's unit, or says why none does. */
export function inUnit(metric: Metric, readings: FigureReading[], say: (column: string, message: string) => void, where = "the quote"): FigureReading[] | undefined {
  const percent = metric.unit === "percent";
  const kept = readings.filter((r) => r.number.percent === percent);
  if (kept.length) return kept;
  const n = readings[0]!.number.text;
  say(
    "quote",
    percent
      ? `${where} states ${n} without "%" or "phần trăm", but ${metric.id} is a percentage: quote the phrase that gives the share ("${n}%" or "${n} phần trăm"), or check the metric`
      : `${where} states ${n}, a percentage, but ${metric.id} counts things: quote the phrase that states the count, or use a percentage metric`,
  );
  return undefined;
}

/** A number of the quote whose digits end with the value's ("1.078" for 78): the quote holds more than the row says. */
function longerNumber(quote: string, value: number): string | undefined {
  const plain = String(value);
  return numbersIn(quote).find((n) => !n.words && n.value !== value && n.text.replace(/\D/g, "").includes(plain))?.text;
}

/** Checks that a value fits its metric and qualifier, and that the quote states that value, in that unit, bounded that way. */
export function checkFigure(
  metric: Metric,
  value: number | null,
  raw: string,
  qualifier: Qualifier,
  written: string,
  say: (column: string, message: string) => void,
): void {
  // Bound words are matched as composed (NFC) text: "ít hơn" typed with combining marks is still "fewer than".
  const quote = written.normalize("NFC");
  if (qualifier === "unquantified") {
    if (value !== null) say("value", `a value goes with an unquantified qualifier: leave the value empty, or write the qualifier the source uses (${NUMBER_QUALIFIERS.join(", ")})`);
    const stated = value === null ? statedNumber(quote) : undefined;
    if (stated?.value !== undefined) {
      const q = stated.qualifier ? `${stated.qualifier} in the qualifier column, as the article bounds it` : "the qualifier the article uses";
      say("qualifier", `the quote states a number in words ("${stated.text}" = ${stated.value}): write ${stated.value} in the value column and ${q}, not unquantified`);
    }
    else if (stated) say("qualifier", `the quote states a number (${stated.text}): write it in the value column with the qualifier the article uses, not unquantified`);
    else {
      const body = bodyProblem(metric, awardingBody(quote), "the quote");
      if (body) say(body.column, body.message);
    }
    return;
  }
  if (value === null) {
    say("value", `the value is empty: write the number the source states, or write unquantified in the qualifier column if the source gives none`);
    return;
  }
  const vietnamese = /^\d{1,3}(\.\d{3})+$/.test(raw);
  if (metric.unit === "count" && (vietnamese || !Number.isInteger(value))) {
    say(
      "value",
      `${metric.id} counts whole units, so ${raw} cannot be right: ` +
        (vietnamese
          ? `in Vietnamese "${raw}" means ${raw.replaceAll(".", "")}; write ${raw.replaceAll(".", "")}, without the dot`
          : "write the whole number the source states"),
    );
    return;
  }
  if (metric.unit === "percent" && value > 100) {
    say("value", `${value} is more than 100 but ${metric.id} is a percentage: write the share the source states`);
    return;
  }
  const found = figuresWorth(quote, value);
  if (found.length === 0) {
    const longer = longerNumber(quote, value);
    say(
      "value",
      longer
        ? `the quote states ${longer}, not ${value}: write the whole number (${String(readLonger(quote, longer))}) in the value column, or quote the words that state ${value}`
        : `the quote does not state ${spellings(value).join(" or ")}: copy the phrase of the article that states the figure, exactly as written`,
    );
    return;
  }
  const readings = inUnit(metric, found, say);
  if (!readings) return;
  const problem = readingProblem(metric, qualifier, readings, "the quote", quote);
  if (problem) say(problem.column, problem.message);
}

/** The value of a number of the quote, as written there. */
function readLonger(quote: string, text: string): number {
  return numbersIn(quote).find((n) => n.text === text)!.value;
}
