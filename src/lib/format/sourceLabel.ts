import type { Lang } from "../../i18n/lang.ts";
import type { Source } from "../data/model.ts";
import { formatDate } from "./formatDate.ts";

/**
 * A short citation, as a newsroom writes one: the outlet (else the byline, else the headline) and the day it was
 * published, or, where that is unknown, the day of the event it reports ("Nhân Dân, 6/6/2023").
 */
export function sourceLabel(source: Source, lang: Lang = "vi"): string {
  const name = shortName(source, lang);
  const date = formatDate(source.published || source.event_date, lang);
  return date ? `${name}, ${date}` : name;
}

/** The outlet, else "bài của <author>", else the headline: the shortest name that says where an article came from. */
function shortName(source: Source, lang: Lang): string {
  const byline = lang === "en" ? `article by ${source.author}` : `bài của ${source.author}`;
  return source.outlet || (source.author ? byline : "") || (source.title ? `“${source.title}”` : source.id);
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
