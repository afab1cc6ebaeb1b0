/** What the extractor suggests for a new metric's row of data/metrics.csv (see proposeMetric). */
export interface Definition {
  group: string;
  label_vi: string;
  unit: "count" | "percent";
  keywords_vi: string;
}
