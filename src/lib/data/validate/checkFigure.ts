import type { Metric } from "../model.ts";
import { NUMBER_QUALIFIERS, type Qualifier } from "../../text/qualifiers.ts";
import { boundOf } from "../../text/bounds.ts";
import { numberWordsIn } from "../../text/numberWords.ts";
import { spellings, valueMatches, type ValueMatch } from "../../text/valueInQuote.ts";

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

/** Keeps the places that state the value in the metric's unit, or says why none does. */
function inUnit(metric: Metric, matches: ValueMatch[], say: (column: string, message: string) => void): ValueMatch[] | undefined {
  const percent = metric.unit === "percent";
  const kept = matches.filter((m) => m.percent === percent);
  if (kept.length) return kept;
  const n = matches[0]!.text;
  say(
    "quote",
    percent
      ? `the quote states ${n} without "%" or "phần trăm", but ${metric.id} is a percentage: quote the phrase that gives the share ("${n}%" or "${n} phần trăm"), or check the metric`
      : `the quote states ${n}, a percentage, but ${metric.id} counts things: quote the phrase that states the count, or use a percentage metric`,
  );
  return undefined;
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
  const found = valueMatches(quote, value);
  if (found.length === 0) {
    say("quote", `the quote does not state ${spellings(value).join(" or ")}: copy the phrase of the article that states the figure, exactly as written`);
    return;
  }
  const matches = inUnit(metric, found, say);
  if (!matches) return;
  const readings = matches.map((m) => ({ m, bound: boundOf(quote, m.offset, m.end) }));
  const refused = readings.find((r) => "refused" in r.bound);
  if (refused && "refused" in refused.bound) {
    say("qualifier", `the quote says "${quote.slice(Math.max(0, refused.m.offset - 20), refused.m.end + 20).trim()}": ${refused.bound.refused}; leave the figure out, or record it in the note of a related row`);
    return;
  }
  const stated = readings.map((r) => ("qualifier" in r.bound ? r.bound : { qualifier: "exact" as const }));
  if (!stated.some((s) => s.qualifier === qualifier)) {
    const first = stated[0]!;
    const words = first.words ? (first.words.startsWith("…") ? `"${matches[0]!.text} ${first.words}"` : `"${first.words} ${matches[0]!.text}"`) : `"${matches[0]!.text}" with no bound word`;
    say("qualifier", `the quote says ${words}, which is ${QUALIFIER_NAMES[first.qualifier]}: write ${first.qualifier} here, as the article does`);
    return;
  }
  // The words after the number must name what the metric counts ("20 tập thể" is not 20 individuals).
  const phrases = metric.keywords_vi.split("|").map((k) => k.split("@")[0]!.toLowerCase()).filter(Boolean);
  const counts = (m: { end: number }) => {
    const after = quote.slice(m.end).replace(/^\s*/, "").toLowerCase();
    return phrases.some((p) => after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after[p.length] ?? ""));
  };
  if (phrases.length && !matches.some(counts)) {
    say("quote", `the quote states ${spellings(value)[0]} but the words after it do not name what ${metric.id} counts (${phrases.join(", ")}): quote the number with the words that follow it, or check the metric`);
  }
}
