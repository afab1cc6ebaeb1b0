/** The cross-province figures a story may place with `<Chart compare="…" />`, by id. */
export const COMPARISONS = ["models", "campaigns", "awards", "coverage", "map"] as const;

/** A cross-province figure's id. */
export type Comparison = (typeof COMPARISONS)[number];

/** The comparisons whose measures data/metrics.csv chooses in its `compare` column (the others show every measure). */
export const METRIC_COMPARISONS = ["models", "campaigns", "awards"] as const;
