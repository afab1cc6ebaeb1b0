import type { Dataset, Province } from "../data/model.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** What a computed claim is about: one metric or every metric of a group, optionally only figures with a number. */
export interface ClaimSubject {
  /** A metric id of data/metrics.csv. */
  metric?: string;
  /** A metric group of data/metrics.csv (models, campaigns…): a province reported it if it reported any of its metrics. */
  group?: string;
  /** Count only figures with a number: a province that said "given, no count" did not count it. */
  counted?: boolean;
}

/** Which provinces reported something, out of how many: what "only Hà Tĩnh" or "2 of 5 provinces" says. */
export interface Reporters {
  /** The provinces that reported it, north to south. */
  reporters: Province[];
  /** How many provinces the claim counts among: all of them, or all but the page's own. */
  total: number;
  /** True when the page's province is left out, for "the other provinces". */
  others: boolean;
}

/**
 * Works out from the dataset which provinces reported a metric (or any metric of a group), so a sentence
 * such as "only Hà Tĩnh counted launches" is computed, and stays true when a province is added.
 * `except` leaves that province out of both the reporters and the total ("the other provinces").
 */
export function reportersOf(dataset: Pick<Dataset, "metrics" | "provinces" | "results">, subject: ClaimSubject, except?: string): Reporters {
  const metrics = new Set(
    subject.metric !== undefined ? [subject.metric] : dataset.metrics.filter((m) => m.group === subject.group).map((m) => m.id),
  );
  const reported = new Set(
    dataset.results.filter((r) => metrics.has(r.metric) && (!subject.counted || r.value !== null)).map((r) => r.province),
  );
  const counted = dataset.provinces.filter((p) => p.slug !== except);
  return {
    reporters: sortProvinces(counted.filter((p) => reported.has(p.slug))),
    total: counted.length,
    others: except !== undefined,
  };
}

/** How many provinces the site covers, or how many besides the page's own: the N of "all N provinces". */
export function provinceTotal(dataset: Pick<Dataset, "provinces">, except?: string): number {
  return dataset.provinces.filter((p) => p.slug !== except).length;
}
