/** Where editors' files live, relative to the project root. */
export const PATHS = {
  metrics: "data/metrics.csv",
  sources: "data/sources.csv",
  results: "data/results",
  stories: "content/provinces",
  translations: "content/en/provinces",
  corrections: "data/corrections.csv",
  edition: "data/edition.csv",
} as const;
