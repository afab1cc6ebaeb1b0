import type { Dataset, Metric, Province } from "../data/model.ts";
import { figureKey, type Figure } from "./figures.ts";

/** A story's first-screen numbers: its highlights that carry a number (a mention without one is no lead), in order. */
export function leadFigures(dataset: Pick<Dataset, "metrics">, figures: ReadonlyMap<string, Figure>, province: Province): { metric: Metric; figure: Figure }[] {
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  return province.highlights.flatMap((id) => {
    const figure = figures.get(figureKey(province.slug, id));
    const metric = metrics.get(id);
    return figure && metric && figure.value !== null ? [{ metric, figure }] : [];
  });
}
