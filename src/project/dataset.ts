import { getCollection } from "astro:content";
import type { Dataset } from "../lib/data/model.ts";
import { indexDataset, type IndexedDataset } from "../lib/shape/indexDataset.ts";

/** The validated dataset, indexed as every page needs it. */
export type SiteData = IndexedDataset;

let cached: Promise<SiteData> | undefined;

/** Reads the content collections once per build and indexes the figures for lookups by province and metric. */
export function siteData(): Promise<SiteData> {
  cached ??= (async () => {
    const [metrics, sources, provinces, storiesEn, results, corrections, edition] = await Promise.all([
      getCollection("metrics"),
      getCollection("sources"),
      getCollection("provinces"),
      getCollection("storiesEn"),
      getCollection("results"),
      getCollection("corrections"),
      getCollection("edition"),
    ]);
    const dataset: Dataset = {
      // Collections come back sorted by id; restore the editors' file order, which is the presentation order.
      metrics: metrics.map((e) => e.data).sort((a, b) => a.order - b.order),
      sources: sources.map((e) => e.data).sort((a, b) => a.order - b.order),
      // The validator has checked that every story has its English edition.
      provinces: provinces.map((e) => ({ ...e.data, en: storiesEn.find((t) => t.data.slug === e.data.slug)!.data })),
      results: results.map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
      corrections: corrections.flatMap((e) => e.data.rows),
      edition: edition[0]!.data,
    };
    return indexDataset(dataset);
  })();
  return cached;
}
