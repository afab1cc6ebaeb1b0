import type { Lang } from "../../i18n/lang.ts";
import type { Correction, Metric, Province, StoryTranslation } from "../data/model.ts";

/** A metric's short label in the reader's language. */
export const metricLabel = (metric: Metric, lang: Lang): string => (lang === "en" ? metric.label_en : metric.label_vi);

/** What a metric counts, in the reader's language. */
export const metricDefinition = (metric: Metric, lang: Lang): string => (lang === "en" ? metric.definition_en : metric.definition_vi);

/** Our note on a results row or a source, in the reader's language (the validator requires both when there is one). */
export const noteText = (row: { note: string; note_en: string }, lang: Lang): string => (lang === "en" ? row.note_en : row.note);

/** Language of the sources' own words where a page is in another one: they are quoted in Vietnamese, as published. */
export const quoteLang = (lang: Lang): "vi" | undefined => (lang === "vi" ? undefined : "vi");

/** Why a figure was corrected, in the reader's language. */
export const correctionReason = (c: Correction, lang: Lang): string => (lang === "en" ? c.reason_en : c.reason);

/** What a province counted, by metric, in the reader's language ({} when its story says nothing of it). */
export const countedText = (province: Province, lang: Lang): Readonly<Record<string, string>> => (lang === "en" ? province.en.counts : province.counts) ?? {};

/** The words of a province's frontmatter that its story's edition translates: region, event title and summary. */
export const storyText = (province: Province, lang: Lang): Omit<StoryTranslation, "slug"> => (lang === "en" ? province.en : province);
