import type { Lang } from "../../i18n/lang.ts";
import type { Source } from "../data/model.ts";
import { formatDate } from "./formatDate.ts";

/** A short way to name an article in a citation: its outlet, else its headline, else its byline, with the date when known. */
export function sourceLabel(source: Source, lang: Lang = "vi"): string {
  const name = sourceName(source, lang);
  const date = formatDate(source.published, lang);
  return date ? `${name}, ${date}` : name;
}

/** Names an article for a tooltip or a source line, with its publication date, or else the event's date. */
export function sourceCitation(source: Source, lang: Lang = "vi"): string {
  const name = sourceName(source, lang);
  const en = lang === "en";
  if (source.published) return `${name}, ${en ? "published" : "đăng"} ${formatDate(source.published, lang)}`;
  if (source.event_date) return `${name}, ${en ? "reporting the event of" : "về sự kiện ngày"} ${formatDate(source.event_date, lang)}`;
  return name;
}

/** An article's outlet, else its headline in quotes (in the article's Vietnamese), else its byline, else its id. */
function sourceName(source: Source, lang: Lang): string {
  const byline = lang === "en" ? `article by ${source.author}` : `bài của ${source.author}`;
  return source.outlet || (source.title ? `“${source.title}”` : "") || (source.author ? byline : source.id);
}
