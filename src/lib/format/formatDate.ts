import type { Lang } from "../../i18n/lang.ts";
import { parsePartialDate } from "../data/partialDate.ts";

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Formats a partial ISO date as precisely as it is known. Vietnamese: "2023-05-24" → "24/5/2023", "2023-06" → "6/2023",
 * "2023" → "2023", "--11-05" → "5/11 (không rõ năm)". English: "24 May 2023", "June 2023", "2023", "5 November (year not given)".
 * Returns an empty string for an empty or malformed date.
 */
export function formatDate(text: string, lang: Lang = "vi"): string {
  const date = parsePartialDate(text);
  if (!date) return "";
  const { year, month, day } = date;
  if (lang === "en") {
    const name = month === undefined ? "" : MONTHS_EN[month - 1]!;
    if (year === undefined) return `${day} ${name} (year not given)`;
    if (month === undefined) return String(year);
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  if (year === undefined) return `${day}/${month} (không rõ năm)`;
  if (month === undefined) return String(year);
  if (day === undefined) return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/**
 * A partial date with the word its language puts before it: "ngày 24/5/2023", "tháng 6/2023", "năm 2023";
 * in English "on 24 May 2023", "in June 2023", "in 2023".
 */
export function formatDatePhrase(text: string, lang: Lang = "vi"): string {
  const date = parsePartialDate(text);
  if (!date) return "";
  const word = lang === "en" ? (date.day !== undefined ? "on" : "in") : date.day !== undefined ? "ngày" : date.month !== undefined ? "tháng" : "năm";
  return `${word} ${formatDate(text, lang)}`;
}
