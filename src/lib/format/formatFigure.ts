import type { Lang } from "../../i18n/lang.ts";
import type { Qualifier } from "../text/qualifiers.ts";
import { vagueAmount, type VagueAmount } from "../text/vagueAmount.ts";
import { formatNumber } from "./formatNumber.ts";

/** What a reader sees in place of a number the source gave no count for. */
export const UNQUANTIFIED_TEXT: Record<Lang, string> = { vi: "có, không nêu số lượng", en: "yes, no count given" };
/** An amount the source gave in words, as readers see it: "hàng nghìn" stays "hàng nghìn" ("thousands"). */
export const VAGUE_TEXT: Record<Lang, Record<VagueAmount, string>> = {
  vi: { tens: "hàng chục", hundreds: "hàng trăm", thousands: "hàng nghìn", tens_of_thousands: "hàng chục nghìn", hundreds_of_thousands: "hàng trăm nghìn", millions: "hàng triệu" },
  en: { tens: "dozens", hundreds: "hundreds", thousands: "thousands", tens_of_thousands: "tens of thousands", hundreds_of_thousands: "hundreds of thousands", millions: "millions" },
};

/** A figure as the formatters take it: its value and qualifier, and the rows whose quotes may give an amount in words. */
type Stated = { value: number | null; qualifier: Qualifier; rows?: readonly { quote: string }[] };

/** The words for a figure given without a count: the source's "hàng nghìn" where it has one, else "có, không nêu số lượng". */
export function mentionText(figure: Stated, lang: Lang = "vi"): string {
  return vagueText(figure, lang) ?? UNQUANTIFIED_TEXT[lang];
}

/** The amount a figure's quotes give in words, as readers see it ("hàng nghìn"), or undefined when they give none. */
function vagueText(figure: Stated, lang: Lang): string | undefined {
  const vague = figure.rows?.map((r) => vagueAmount(r.quote)).find(Boolean);
  return vague && VAGUE_TEXT[lang][vague];
}

/** What a reader sees where a province did not report a metric at all. */
export const NOT_REPORTED_TEXT: Record<Lang, string> = { vi: "không báo cáo", en: "not reported" };

/**
 * The words a qualifier puts before a number ("trên ", "ít nhất ", "gần ", "khoảng ", "không quá "; "more than ",
 * "at least ", "nearly ", "about ", "at most "; nothing when exact). at_most reads "không quá"/"at most" because
 * that is true both of "dưới 400" (fewer than) and of "tối đa 400" (at most), which it stands for.
 */
export const QUALIFIER_PREFIX: Record<Lang, Record<Exclude<Qualifier, "unquantified">, string>> = {
  vi: { exact: "", over: "trên ", at_least: "ít nhất ", nearly: "gần ", about: "khoảng ", at_most: "không quá " },
  en: { exact: "", over: "more than ", at_least: "at least ", nearly: "nearly ", about: "about ", at_most: "at most " },
};

/** Formats a figure with its qualifier: "trên 114.924", "gần 3.300", "trên 95%"; in English "more than 114,924". */
export function formatFigure(figure: Stated, unit: "count" | "percent", lang: Lang = "vi"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return mentionText(figure, lang);
  return `${QUALIFIER_PREFIX[lang][figure.qualifier]}${formatNumber(figure.value, lang)}${unit === "percent" ? "%" : ""}`;
}

/** How each qualifier reads, for legends and the method page. */
export const QUALIFIER_MEANINGS: Record<Lang, Record<Qualifier, { label: string; meaning: string }>> = {
  vi: {
    exact: { label: "chính xác", meaning: "Nguồn nêu đúng con số này." },
    over: { label: "trên", meaning: "Nguồn viết “trên” hoặc “hơn”: con số thật lớn hơn con số được nêu, không rõ lớn hơn bao nhiêu." },
    at_least: { label: "ít nhất", meaning: "Nguồn viết “ít nhất”, “tối thiểu”, “không dưới” hoặc “… trở lên”: con số thật bằng hoặc lớn hơn con số được nêu, không rõ lớn hơn bao nhiêu." },
    nearly: { label: "gần", meaning: "Nguồn viết “gần” hoặc “ngót”: con số thật nhỏ hơn một chút so với con số được nêu." },
    about: { label: "khoảng", meaning: "Nguồn viết “khoảng”, “chừng” hoặc “xấp xỉ”: con số ước lượng, có thể lớn hơn hoặc nhỏ hơn." },
    at_most: { label: "không quá", meaning: "Nguồn viết “dưới”, “ít hơn”, “chưa đến”, “không quá”, “tối đa” hoặc “… trở xuống”: con số thật không lớn hơn con số được nêu và có thể nhỏ hơn nhiều; cột hay thanh vẽ con số được nêu là mức trần, không phải con số thật." },
    unquantified: { label: "không nêu số lượng", meaning: "Nguồn cho biết việc đó có diễn ra (ví dụ có trao khen thưởng, hay “hàng nghìn vụ”) nhưng không đưa ra con số. Trang này không bao giờ ghi số 0 thay cho điều đó." },
  },
  en: {
    exact: { label: "exact", meaning: "The source states this very number." },
    over: { label: "more than", meaning: "The source writes “trên” or “hơn” (more than): the true number is larger than the one stated, by an amount it does not give." },
    at_least: { label: "at least", meaning: "The source writes “ít nhất”, “tối thiểu”, “không dưới” or “… trở lên” (at least, or more): the true number is the one stated or larger, by an amount it does not give." },
    nearly: { label: "nearly", meaning: "The source writes “gần” or “ngót” (nearly): the true number is a little below the one stated." },
    about: { label: "about", meaning: "The source writes “khoảng”, “chừng” or “xấp xỉ” (about): an estimate, which may be higher or lower." },
    at_most: { label: "at most", meaning: "The source writes “dưới”, “ít hơn”, “chưa đến” (fewer than), “không quá”, “tối đa” (at most) or “… trở xuống” (or fewer): the true number is no larger than the one stated and may be far smaller; a bar drawn to the stated number shows a ceiling, not the true number." },
    unquantified: { label: "no count given", meaning: "The source says the thing happened (awards were given, or “thousands of cases”) but gives no number. This site never writes a zero in its place." },
  },
};

/** A figure in few characters for dense charts: ">366", "≥366", "≈3.300", "~50", "≤400", "95%"; "có" ("yes") when given without a count. */
export function formatCompact(figure: Stated, unit: "count" | "percent", lang: Lang = "vi"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return vagueText(figure, lang) ?? (lang === "en" ? "yes" : "có");
  const sign = { exact: "", over: ">", at_least: "≥", nearly: "≈", about: "~", at_most: "≤" }[figure.qualifier];
  return `${sign}${formatNumber(figure.value, lang)}${unit === "percent" ? "%" : ""}`;
}
