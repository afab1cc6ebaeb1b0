import type { Source } from "../data/model.ts";
import { formatDate } from "./formatDate.ts";

/** A short way to name an article in a citation: its outlet, else its headline, else its byline, with the date when known. */
export function sourceLabel(source: Source): string {
  const name = source.outlet || (source.title ? `“${source.title}”` : "") || (source.author ? `bài của ${source.author}` : source.id);
  const date = formatDate(source.published);
  return date ? `${name}, ${date}` : name;
}
