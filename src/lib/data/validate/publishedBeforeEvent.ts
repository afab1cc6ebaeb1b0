import type { Source } from "../model.ts";
import { parsePartialDate, type PartialDate } from "../partialDate.ts";
import type { Problem } from "../Problem.ts";
import type { TableRow } from "./readTable.ts";

/** How a source's note says, in both languages, that it was really published before the event it reports. */
export const BEFORE_EVENT = { vi: "Đăng trước sự kiện:", en: "Published before the event:" } as const;

/** Whether date a is before date b, as far as both say (a missing year, month or day stops the comparison). */
function before(a: PartialDate, b: PartialDate): boolean {
  if (a.year === undefined || b.year === undefined) return false;
  if (a.year !== b.year) return a.year < b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month) return a.month !== undefined && b.month !== undefined && a.month < b.month;
  return a.day !== undefined && b.day !== undefined && a.day < b.day;
}

/**
 * A source whose `published` date comes before its `event_date` is a mistyped date far more often than a preview
 * article, so it is refused unless its note says so explicitly: `note` starting "Đăng trước sự kiện:" and
 * `note_en` starting "Published before the event:", each followed by why. A note merely mentioning dates is
 * not enough, since every note talks about dates.
 */
export function publishedBeforeEvent(file: string, sources: readonly TableRow<Source>[]): Problem[] {
  const problems: Problem[] = [];
  for (const { row, record } of sources) {
    const published = parsePartialDate(row.published);
    const event = parsePartialDate(row.event_date);
    if (!published || !event || !before(published, event)) continue;
    const explained = (note: string, mark: string) => note.trim().startsWith(mark) && note.trim().slice(mark.length).trim().split(/\s+/).length >= 3;
    if (explained(row.note, BEFORE_EVENT.vi) && explained(row.note_en, BEFORE_EVENT.en)) continue;
    problems.push({
      file,
      ...record.at("published"),
      message: `published ${row.published} comes before the event it reports (${row.event_date}): check both dates against the article; if it really appeared before the event (a preview), start note with "${BEFORE_EVENT.vi} …" and note_en with "${BEFORE_EVENT.en} …", saying why`,
    });
  }
  return problems;
}
