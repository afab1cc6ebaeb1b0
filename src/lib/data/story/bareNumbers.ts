import { lineIndex } from "../positions.ts";
import type { Problem } from "../Problem.ts";
import type { ProseText } from "./storySyntax.ts";

// A number as prose writes it: 366, 1.078, 90%, 24/5/2023, 2013–2023, 18:40, 2nd.
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,:/–-]\d+)*(?:\s?%|st|nd|rd|th)?/gu;

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const YEAR = /^(19|20)\d\d$/;
const day = (d: string) => Number(d) >= 1 && Number(d) <= 31;
const month = (m: string) => Number(m) >= 1 && Number(m) <= 12;

// Words after which a number names something rather than counts it: a programme or document number, an
// ordinal ("lần thứ 3"), a day or a month ("ngày 24", "tháng 6").
const NAMING = new RegExp(
  `(?:chương trình(?: phối hợp)?|program(?:me)?|no\\.|thứ|khóa|khoá|chỉ thị|nghị quyết|nghị định|quyết định|thông tư|directive|resolution|decree|decision|circular)(?: số| no\\.)?\\s$`,
  "iu",
);

/** Whether a number written in prose is a year, a date, a time, an ordinal or a name, which may stay as written. */
function allowed(token: string, before: string, after: string): boolean {
  if (YEAR.test(token)) return true;
  let m = /^((?:19|20)\d\d)[–-]((?:19|20)\d\d)$/.exec(token);
  if (m) return true;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)$/.exec(token))) return day(m[1]!) && month(m[2]!);
  if ((m = /^(\d{1,2})\/((?:19|20)\d\d)$/.exec(token))) return month(m[1]!);
  // A day and month without the year, after a word that says it is a date: "sáng 5/11", "ngày 24/5".
  if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(token))) return day(m[1]!) && month(m[2]!) && /(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|tới)\s$/iu.test(before);
  if (/^([01]?\d|2[0-3]):[0-5]\d$/.test(token)) return true;
  if (/^\d+(st|nd|rd|th)$/.test(token)) return true;
  if (/^\d{1,2}$/.test(token)) {
    if (day(token) && (new RegExp(`^\\s(?:${MONTHS})\\b`).test(after) || new RegExp(`(?:${MONTHS})\\s$`).test(before) || /ngày\s$/iu.test(before))) return true;
    if (month(token) && /tháng\s$/iu.test(before)) return true;
  }
  if (/^\d+$/.test(token) && NAMING.test(before)) return true;
  // "số 09": a number with a leading zero is a programme's or document's number, not a count.
  return /^0\d+$/.test(token) && /(?:số|no\.?)\s$/iu.test(before);
}

/**
 * Finds figures written by hand in a story's prose (both editions): a number there has no source, so it must
 * be a <Fig> that links to the sentence that stated it. Years, dates, times, ordinals and programme numbers stay.
 */
export function bareNumbers(prose: readonly ProseText[], text: string, file: string): Problem[] {
  const at = lineIndex(text);
  const problems: Problem[] = [];
  for (const run of prose) {
    const source = text.slice(run.offset, run.end);
    let cursor = 0;
    for (const m of run.value.matchAll(NUMBER)) {
      const token = m[0].trim();
      if (allowed(token, run.value.slice(Math.max(0, m.index - 40), m.index), run.value.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      // Place it in the file by its text in the source (escapes and smart punctuation can shift the value).
      const found = source.indexOf(token, cursor);
      cursor = found < 0 ? cursor : found + token.length;
      problems.push({
        file,
        ...(found < 0 ? { line: run.line, column: run.column } : at(run.offset + found)),
        message: `"${token}" is a figure written by hand: write it as <Fig metric="…" /> so it links to the sentence that stated it (years, dates, times, ordinals and programme numbers such as 2023, 24/5/2023, lần thứ 2, Chương trình 09 may stay; the story's own counts, such as "mười năm", "ten years", in words)`,
      });
    }
  }
  return problems;
}
