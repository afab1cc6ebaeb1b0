/** The cross-province comparisons a story may place inline with `<Chart compare="…" />`. */
export const COMPARISONS = ["models", "campaigns", "awards", "coverage", "map"] as const;

/** One of {@link COMPARISONS}. */
export type Comparison = (typeof COMPARISONS)[number];
