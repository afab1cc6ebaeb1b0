import type { Source } from "../data/model.ts";
import type { Figure } from "./figures.ts";
import { numberFigures } from "./numbersReported.ts";

/**
 * The days of the events at which a province's numbers were given (its sources' `event_date`, each once, in
 * date order), or none when every number was given on `eventDate`, the day its page names. A card then never
 * dates all its numbers to the review when some came from another occasion (Thái Nguyên's come from an
 * inspection; its review gave none). Mentions without a number do not count; unknown days are left out.
 */
export function numberDates(figures: ReadonlyMap<string, Figure>, sources: ReadonlyMap<string, Source>, slug: string, eventDate: string): string[] {
  const dates = new Set<string>();
  for (const f of numberFigures(figures, slug)) for (const row of f.rows) dates.add(sources.get(row.source)?.event_date ?? "");
  if ([...dates].every((d) => d === eventDate)) return [];
  return [...dates].filter(Boolean).sort();
}
