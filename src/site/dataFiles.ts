import { metricsCsv, resultsCsv, sourcesCsv } from "../lib/format/datasetCsv.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { href } from "../project/paths.ts";

/** A CSV file readers can download. */
export interface DataFile {
  /** File name in the download URL. */
  name: string;
  /** What it holds, in the page's language. */
  label: string;
  href: string;
  /** The file's text: the validated data in the editor's columns, safe to open in a spreadsheet. */
  csv: () => string;
}

/** The CSV files readers can download: the dictionary, the sources, and one results file per province. */
export function dataFiles(data: SiteData, lang: Lang = "vi"): DataFile[] {
  const words = UI[lang].dataFiles;
  const file = (name: string, label: string, csv: () => string): DataFile => ({ name, label, href: href(`du-lieu/${name}`), csv });
  return [
    file("metrics.csv", words.metrics, () => metricsCsv(data.metrics)),
    file("sources.csv", words.sources, () => sourcesCsv(data.sources)),
    ...data.provinces.map((p) =>
      file(`${p.slug}.csv`, words.results(p.name), () => resultsCsv(data.results.filter((r) => r.province === p.slug))),
    ),
  ];
}
