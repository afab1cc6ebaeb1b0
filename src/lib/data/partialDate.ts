/** A date as precise as the source states it: any part may be unknown, and a missing year stays missing. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * The forms a date cell may take: `2023-05-24`, `2023-06` (month only), `2023` (year only), or
 * `--11-05` (day and month, year not stated: the ISO 8601 form for a date without a year).
 */
export const DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is not stated";

/** Reads a partial ISO date, or returns null when it is malformed or names a day that does not exist. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$/.exec(text);
  if (!m) return null;
  const [, y, mm, dd, mmNoYear, ddNoYear] = m;
  const year = y ? Number(y) : undefined;
  const month = (mm ?? mmNoYear) ? Number(mm ?? mmNoYear) : undefined;
  const day = (dd ?? ddNoYear) ? Number(dd ?? ddNoYear) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysIn(month!, year))) return null;
  return { year, month, day };
}

/** Days in a month; February has 29 when the year is unknown, since 29 February is possible. */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
