import type { Dataset } from "../lib/data/model.ts";
import { PATHS } from "../lib/data/readProject.ts";
import { href } from "./paths.ts";

/** An editor's CSV file as the site offers it for download. */
export interface DataFile {
  /** File name in the download URL. */
  name: string;
  /** Path of the file in the project. */
  path: string;
  /** What it holds, in Vietnamese. */
  label: string;
  href: string;
}

/** The CSV files readers can download: the dictionary, the sources, and one results file per province. */
export function dataFiles(dataset: Dataset): DataFile[] {
  const file = (name: string, path: string, label: string): DataFile => ({ name, path, label, href: href(`du-lieu/${name}`) });
  return [
    file("metrics.csv", PATHS.metrics, "từ điển chỉ số"),
    file("sources.csv", PATHS.sources, "các bài báo làm nguồn"),
    ...dataset.provinces.map((p) => file(`${p.slug}.csv`, `${PATHS.results}/${p.slug}.csv`, `số liệu của ${p.name}`)),
  ];
}
