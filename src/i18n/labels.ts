import type { AWARD_LEVELS, EVENT_KINDS, GROUPS, RECIPIENTS } from "../lib/data/schemas.ts";

/** Names of the data's coded values, in one language (each language fills them in its dictionary). */
export interface Labels {
  /** Headings of the metric groups. */
  groups: Record<(typeof GROUPS)[number], string>;
  /** Names of who gives an award. */
  awardLevels: Record<(typeof AWARD_LEVELS)[number], string>;
  /** Who gave an award, in a few words, for a column header ("Chủ tịch UBND tỉnh"). */
  awardBodies: Record<(typeof AWARD_LEVELS)[number], string>;
  /** Names of award recipients. */
  recipients: Record<(typeof RECIPIENTS)[number], string>;
  /** Names of the kinds of event the sources report on. */
  eventKinds: Record<(typeof EVENT_KINDS)[number], string>;
  /** How the metric dictionary's comparability flag reads, for a measure two provinces or more gave numbers for. */
  comparable: Record<"yes" | "caution", string>;
  /** Who gave numbers for a measure fewer than two provinces did ("chỉ Hà Nam"): nothing to compare yet. */
  numbersFrom: (who: string) => string;
}
