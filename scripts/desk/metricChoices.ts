import { en } from "../../src/i18n/en.ts";
import { vi } from "../../src/i18n/vi.ts";
import { AWARD_LEVELS, GROUPS, RECIPIENTS, UNITS } from "../../src/lib/data/schemas.ts";
import { en as deskEn } from "./words/en.ts";
import { vi as deskVi } from "./words/vi.ts";

/** One choice of a new metric's select: the value metrics.csv holds, and the site's label for it in each language. */
export interface Choice {
  value: string;
  vi: string;
  en: string;
}

/**
 * The values a new metric's closed columns may hold, from the dictionary's own schema (GROUPS, including police,
 * AWARD_LEVELS, RECIPIENTS, UNITS), each with the label the site itself shows readers (src/i18n labels), so the
 * desk neither keeps a copy of the lists nor words them differently. Units have no site label: the desk's words say them.
 */
export function metricChoices(): Record<"group" | "award_level" | "recipient" | "comparable" | "unit", Choice[]> {
  const label = (value: string, pick: (l: typeof vi.labels) => Record<string, string>): Choice => ({ value, vi: pick(vi.labels)[value] ?? value, en: pick(en.labels)[value] ?? value });
  return {
    group: GROUPS.map((g) => label(g, (l) => l.groups)),
    award_level: AWARD_LEVELS.map((a) => label(a, (l) => l.awardLevels)),
    recipient: RECIPIENTS.map((r) => label(r, (l) => l.recipients)),
    comparable: Object.keys(vi.labels.comparable).map((c) => label(c, (l) => l.comparable)),
    unit: UNITS.map((u) => ({ value: u, vi: deskVi.units[u], en: deskEn.units[u] })),
  };
}
