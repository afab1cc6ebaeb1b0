import type { Metric } from "../model.ts";
import { QUALIFIERS, type Qualifier } from "../qualifiers.ts";
import { qualifierBefore, spellings, unsupportedBefore, valueMatches } from "../valueInQuote.ts";

const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: "exact",
  over: "over (trên, hơn)",
  nearly: "nearly (gần)",
  about: "about (khoảng)",
  unquantified: "unquantified (hàng nghìn, nhiều…)",
};

/** Checks that a value fits its metric and qualifier, and that the quote states that value that way. */
export function checkFigure(
  metric: Metric,
  value: number | null,
  raw: string,
  qualifier: Qualifier,
  quote: string,
  say: (column: string, message: string) => void,
): void {
  if (qualifier === "unquantified") {
    if (value !== null) say("value", `a value goes with an unquantified qualifier: leave the value empty, or write the qualifier the source uses (${QUALIFIERS.slice(0, 4).join(", ")})`);
    // "hàng nghìn vụ" states no number; "trên 366 đợt" does, and must not be shown as "no count given".
    const stated = /(?<![\p{L}\d.,])\d[\d.,]*(?![\d])/u.exec(quote.replace(/hàng (nghìn|ngàn|trăm|chục)/giu, ""));
    if (value === null && stated) say("qualifier", `the quote states a number (${stated[0]}): write it in the value column with the qualifier the article uses, not unquantified`);
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
  const matches = valueMatches(quote, value);
  if (matches.length === 0) {
    say("quote", `the quote does not state ${spellings(value).join(" or ")}: copy the phrase of the article that states the figure, exactly as written`);
    return;
  }
  const unsupported = matches.map((m) => unsupportedBefore(quote, m.offset)).find(Boolean);
  if (unsupported) {
    say("qualifier", `the quote says "${unsupported} ${spellings(value)[0]}", which no qualifier here can express: leave the figure out, or record it in the note of a related row`);
    return;
  }
  const stated = matches.map((m) => qualifierBefore(quote, m.offset));
  if (!stated.includes(qualifier)) {
    say("qualifier", `the quote states the number as ${QUALIFIER_NAMES[stated[0]!]}: write ${stated[0]} here, as the article does`);
    return;
  }
  // The words after the number must name what the metric counts ("20 tập thể" is not 20 individuals).
  const phrases = metric.keywords_vi.split("|").map((k) => k.split("@")[0]!.toLowerCase()).filter(Boolean);
  const counts = (m: { end: number }) => {
    const after = quote.slice(m.end).replace(/^\s*%?\s*/, "").toLowerCase();
    return phrases.some((p) => after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after[p.length] ?? ""));
  };
  if (phrases.length && !matches.some(counts)) {
    say("quote", `the quote states ${spellings(value)[0]} but the words after it do not name what ${metric.id} counts (${phrases.join(", ")}): quote the number with the words that follow it, or check the metric`);
  }
}

