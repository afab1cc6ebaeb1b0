import type { Source } from "../data/model.ts";
import { formatDate } from "./formatDate.ts";

/** A short way to name an article in a citation: its outlet, else its headline, else its byline, with the date when known. */
export function sourceLabel(source: Source): string {
  const name = sourceName(source);
  const date = formatDate(source.published);
  return date ? `${name}, ${date}` : name;
}

/** Names an article for a tooltip or a source line, with its publication date, or else the event's date. */
export function sourceCitation(source: Source): string {
  const name = sourceName(source);
  if (source.published) return `${name}, đăng ${formatDate(source.published)}`;
  if (source.event_date) return `${name}, về sự kiện ngày ${formatDate(source.event_date)}`;
  return name;
}

/** An article's outlet, else its headline in quotes, else its byline, else its id. */
function sourceName(source: Source): string {
  return source.outlet || (source.title ? `“${source.title}”` : "") || (source.author ? `bài của ${source.author}` : source.id);
}
