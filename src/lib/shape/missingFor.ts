import type { Dataset, Metric } from "../data/model.ts";

/** Metrics some other province reported but this one did not: what a reader cannot compare it on. */
export function missingFor(dataset: Dataset, province: string): Metric[] {
  const own = new Set(dataset.results.filter((r) => r.province === province).map((r) => r.metric));
  const others = new Set(dataset.results.filter((r) => r.province !== province).map((r) => r.metric));
  return dataset.metrics.filter((m) => others.has(m.id) && !own.has(m.id));
}
