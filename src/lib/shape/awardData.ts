import type { Lang } from "../../i18n/lang.ts";
import { UI } from "../../i18n/ui.ts";
import type { Dataset, Metric, Province } from "../data/model.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { NOT_REPORTED_TEXT, QUALIFIER_PREFIX, UNQUANTIFIED_TEXT } from "../format/formatFigure.ts";
import { AWARD_LEVELS, RECIPIENTS } from "../data/schemas.ts";
import { figureKey, type Figure } from "./figures.ts";
import { sortProvinces } from "./sortProvinces.ts";

/** One province's awards at one level: a figure per recipient kind (undefined where not reported). */
export interface AwardRow {
  key: string;
  province: Province;
  figures: Partial<Record<(typeof RECIPIENTS)[number], Figure>>;
  /** "20 tập thể, 23 cá nhân", "có, không nêu số lượng" or "không báo cáo". */
  label: string;
  highlight?: boolean;
}

/** Awards of one level (who gave them) for every province. */
export interface AwardLevel {
  level: (typeof AWARD_LEVELS)[number];
  metrics: Partial<Record<(typeof RECIPIENTS)[number], Metric>>;
  rows: AwardRow[];
}

/** Awards by level and recipient, from the metrics the dictionary marks with an award level; levels nobody reported are left out. */
export function awardData(dataset: Dataset, figures: ReadonlyMap<string, Figure>, highlight?: string, lang: Lang = "vi"): AwardLevel[] {
  const provinces = sortProvinces(dataset.provinces);
  return AWARD_LEVELS.flatMap((level): AwardLevel[] => {
    const metrics: AwardLevel["metrics"] = {};
    for (const m of dataset.metrics) if (m.award_level === level && m.recipient) metrics[m.recipient] = m;
    const rows = provinces.map((province): AwardRow => {
      const found: AwardRow["figures"] = {};
      for (const r of RECIPIENTS) {
        const f = metrics[r] && figures.get(figureKey(province.slug, metrics[r]!.id));
        if (f) found[r] = f;
      }
      return { key: `${province.slug}-${level}`, province, figures: found, label: awardLabel(found, lang), highlight: highlight === undefined ? undefined : province.slug === highlight };
    });
    return rows.some((r) => Object.keys(r.figures).length) ? [{ level, metrics, rows }] : [];
  });
}

/** "20 tập thể, 23 cá nhân"; a kind given without a count reads "tập thể: có, không nêu số lượng". */
function awardLabel(figures: AwardRow["figures"], lang: Lang): string {
  const parts = RECIPIENTS.flatMap((r) => {
    const f = figures[r];
    if (!f) return [];
    if (f.value === null || f.qualifier === "unquantified") return [`${recipient(r, lang)}: ${UNQUANTIFIED_TEXT[lang]}`];
    return [`${QUALIFIER_PREFIX[lang][f.qualifier]}${formatNumber(f.value, lang)} ${recipient(r, lang)}`];
  });
  // A part that holds its own comma ("tập thể: có, không nêu số lượng") is set off with a semicolon.
  return parts.length ? parts.join(parts.some((p) => p.includes(":")) ? "; " : ", ") : NOT_REPORTED_TEXT[lang];
}

/** A recipient kind inside a sentence: "tập thể", "individuals". */
function recipient(kind: (typeof RECIPIENTS)[number], lang: Lang): string {
  return UI[lang].labels.recipients[kind].toLocaleLowerCase(lang);
}
