import type { Dataset, Source } from "../data/model.ts";
import { indexFigures, type Figure } from "./figures.ts";
import { lastUpdated } from "./lastUpdated.ts";

/** The validated dataset with what every page looks up, worked out once per build. */
export interface IndexedDataset extends Dataset {
  /** Figures by `province/metric` (see figureKey). */
  figures: Map<string, Figure>;
  /** Source articles by id. */
  sourceById: Map<string, Source>;
  /** The day of the site's latest update (YYYY-MM-DD), for citations. */
  updated: string;
}

/** Indexes a dataset for pages: figures by province and metric, sources by id, and the date of the latest update. */
export function indexDataset(dataset: Dataset): IndexedDataset {
  return {
    ...dataset,
    figures: indexFigures(dataset.results),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    updated: lastUpdated(dataset),
  };
}
