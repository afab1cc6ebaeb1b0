import { metricsCsv, resultsCsv, sourcesCsv } from "../lib/format/datasetCsv.ts";
import type { SiteData } from "./dataset.ts";
import { href } from "./paths.ts";

/** A CSV file readers can download. */
export interface DataFile {
  /** File name in the download URL. */
  name: string;
  /** What it holds, in Vietnamese. */
  label: string;
  href: string;
  /** The file's text: the validated data in the editor's columns, safe to open in a spreadsheet. */
  csv: () => string;
}

/** The CSV files readers can download: the dictionary, the sources, and one results file per province. */
export function dataFiles(data: SiteData): DataFile[] {
  const file = (name: string, label: string, csv: () => string): DataFile => ({ name, label, href: href(`du-lieu/${name}`), csv });
  return [
    file("metrics.csv", "từ điển chỉ số", () => metricsCsv(data.metrics)),
    file("sources.csv", "các bài báo làm nguồn", () => sourcesCsv(data.sources)),
    ...data.provinces.map((p) =>
      file(`${p.slug}.csv`, `số liệu của ${p.name}`, () => resultsCsv(data.results.filter((r) => r.province === p.slug))),
    ),
  ];
}
