import type { Lang } from "../../i18n/lang.ts";
import type { Qualifier } from "../data/qualifiers.ts";
import { formatNumber } from "./formatNumber.ts";

/** What a reader sees in place of a number the source gave no count for. */
export const UNQUANTIFIED_TEXT: Record<Lang, string> = { vi: "có, không nêu số lượng", en: "yes, no count given" };
/** What a reader sees where a province did not report a metric at all. */
export const NOT_REPORTED_TEXT: Record<Lang, string> = { vi: "không báo cáo", en: "not reported" };

/** The words a qualifier puts before a number ("trên ", "gần ", "khoảng "; "more than ", "nearly ", "about "; nothing when exact). */
export const QUALIFIER_PREFIX: Record<Lang, Record<Exclude<Qualifier, "unquantified">, string>> = {
  vi: { exact: "", over: "trên ", nearly: "gần ", about: "khoảng " },
  en: { exact: "", over: "more than ", nearly: "nearly ", about: "about " },
};

/** Formats a figure with its qualifier: "trên 114.924", "gần 3.300", "trên 95%"; in English "more than 114,924". */
export function formatFigure(figure: { value: number | null; qualifier: Qualifier }, unit: "count" | "percent", lang: Lang = "vi"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return UNQUANTIFIED_TEXT[lang];
  return `${QUALIFIER_PREFIX[lang][figure.qualifier]}${formatNumber(figure.value, lang)}${unit === "percent" ? "%" : ""}`;
}

/** How each qualifier reads, for legends and the method page. */
export const QUALIFIER_MEANINGS: Record<Lang, Record<Qualifier, { label: string; meaning: string }>> = {
  vi: {
    exact: { label: "chính xác", meaning: "Nguồn nêu đúng con số này." },
    over: { label: "trên", meaning: "Nguồn viết “trên” hoặc “hơn”: con số thật lớn hơn con số được nêu, không rõ lớn hơn bao nhiêu." },
    nearly: { label: "gần", meaning: "Nguồn viết “gần”: con số thật nhỏ hơn một chút so với con số được nêu." },
    about: { label: "khoảng", meaning: "Nguồn viết “khoảng” hoặc “xấp xỉ”: con số ước lượng, có thể lớn hơn hoặc nhỏ hơn." },
    unquantified: { label: "không nêu số lượng", meaning: "Nguồn cho biết việc đó có diễn ra (ví dụ có trao khen thưởng, hay “hàng nghìn vụ”) nhưng không đưa ra con số. Trang này không bao giờ ghi số 0 thay cho điều đó." },
  },
  en: {
    exact: { label: "exact", meaning: "The source states this very number." },
    over: { label: "more than", meaning: "The source writes “trên” or “hơn” (more than): the true number is larger than the one stated, by an amount it does not give." },
    nearly: { label: "nearly", meaning: "The source writes “gần” (nearly): the true number is a little below the one stated." },
    about: { label: "about", meaning: "The source writes “khoảng” or “xấp xỉ” (about): an estimate, which may be higher or lower." },
    unquantified: { label: "no count given", meaning: "The source says the thing happened (awards were given, or “thousands of cases”) but gives no number. This site never writes a zero in its place." },
  },
};

/** A figure in few characters for dense charts: ">366", "≈3.300", "~50", "95%"; "có" ("yes") when given without a count. */
export function formatCompact(figure: { value: number | null; qualifier: Qualifier }, unit: "count" | "percent", lang: Lang = "vi"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return lang === "en" ? "yes" : "có";
  const sign = { exact: "", over: ">", nearly: "≈", about: "~" }[figure.qualifier];
  return `${sign}${formatNumber(figure.value, lang)}${unit === "percent" ? "%" : ""}`;
}
