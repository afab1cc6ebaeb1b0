import type { SideTopic } from "../lib/shape/sideBySide.ts";

/** What the side-by-side view is told: who gave numbers, topic by topic (names north to south). */
export interface SideTakeaway {
  /** Provinces on the site. */
  total: number;
  /** Provinces that gave a number of models, of launches or attendance, of awards. */
  models: readonly string[];
  campaigns: readonly string[];
  awards: readonly string[];
  /** True when the provinces that counted models each counted something else. */
  modelsDiffer: boolean;
  /** True when two provinces gave numbers of awards from the same awarding body. */
  awardsShared: boolean;
}

/** The words of the side-by-side view of the provinces (models, campaigns, awards), in one language. */
export interface SideWords {
  title: string;
  /** The takeaway, computed from the cells. */
  subtitle: (t: SideTakeaway) => string;
  topics: Record<SideTopic, string>;
  /** A column's label on phones, where the awarding body stands without its topic's header. */
  awardFrom: (body: string) => string;
  /** The awarding bodies in the not-reported line ("khen của Ủy ban MTTQ tỉnh, Giám đốc Công an tỉnh"). */
  awardMissing: (bodies: readonly string[]) => string;
  /** The one line on phones that gathers a province's "not reported" cells. */
  notReported: (what: readonly string[]) => string;
  /** The header of the provinces' column. */
  province: string;
  /** How to read the cells: one line. */
  note: string;
  /** The link under the view, to the comparison page. */
  more: string;
}
