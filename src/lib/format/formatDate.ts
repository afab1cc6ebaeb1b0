import { parsePartialDate } from "../data/partialDate.ts";

/**
 * Formats a partial ISO date the Vietnamese way, as precisely as it is known:
 * "2023-05-24" → "24/5/2023", "2023-06" → "6/2023", "2023" → "2023", "--11-05" → "5/11 (không rõ năm)".
 * Returns an empty string for an empty or malformed date.
 */
export function formatDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return "";
  const { year, month, day } = date;
  if (year === undefined) return `${day}/${month} (không rõ năm)`;
  if (month === undefined) return String(year);
  if (day === undefined) return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** A partial date with the word Vietnamese puts before it: "ngày 24/5/2023", "tháng 6/2023", "năm 2023". */
export function formatDatePhrase(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return "";
  const word = date.day !== undefined ? "ngày" : date.month !== undefined ? "tháng" : "năm";
  return `${word} ${formatDate(text)}`;
}
