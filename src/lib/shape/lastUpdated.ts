import type { Dataset } from "../data/model.ts";

/** The day of the site's latest update, as YYYY-MM-DD: the editors' edition date, or a later correction's. */
export function lastUpdated(dataset: Pick<Dataset, "edition" | "corrections">): string {
  return [dataset.edition.updated, ...dataset.corrections.map((c) => c.date)].sort().at(-1)!;
}
