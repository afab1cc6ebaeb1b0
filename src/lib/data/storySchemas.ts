import { z } from "astro/zod";
import { bounded, metricId, oneOf, partialDate, shortText, slug, sourceId, text } from "./fields.ts";
import { SUMMARY } from "./limits.ts";
import { EVENT_KINDS } from "./schemas.ts";

/**
 * A province story's frontmatter: everything pages need besides the story itself. Strict at every level: a
 * misspelt field ("hightlights") would otherwise be dropped in silence, and `lat: 18,34` in a flow map reads as
 * `lat: 18` plus a field "34".
 */
export const provinceFrontmatter = z.strictObject({
  /** The province's name, with diacritics. */
  name: shortText,
  /** URL slug; must equal the file name. */
  slug,
  /** The region of Vietnam the province lies in. */
  region: shortText,
  /** The provincial capital before 2025. */
  capital: shortText,
  /** Approximate centre for the locator map, in decimal degrees (Vietnam lies within 8–24°N, 102–118°E). */
  coordinates: z.strictObject({
    lat: z.number({ error: "write the latitude as a number of degrees north, e.g. 18.34" }).min(8).max(24),
    lon: z.number({ error: "write the longitude as a number of degrees east, e.g. 105.91" }).min(102).max(118),
  }),
  /** The event the sources report on. */
  event: z.strictObject({
    /** `review` for a ten-year review conference, `inspection` for a visit that checked the program. */
    kind: oneOf(EVENT_KINDS, "event kind"),
    /** Our own short name for the event. */
    title: shortText,
    /** As precise as the sources state it (see {@link DATE_FORMS}). */
    date: partialDate,
  }),
  /** The story's headline: what is distinctive in this province's report, in plain words (the name stands above it). */
  headline: shortText,
  /** What the province counted, in a few words, for measures provinces count differently ({ models: "mô hình “tự phòng, tự quản”" }). */
  counts: z.record(metricId, shortText).default({}),
  /** The standfirst: one or two sentences in our own words on why it matters, under the headline and on the home page. */
  summary: bounded(SUMMARY),
  /** Ids of the articles in data/sources.csv that this story draws on. */
  sources: z.array(sourceId).min(1, { error: "list at least one source id from data/sources.csv" }),
  /** Metric ids whose figures the home page shows for this province (up to four). */
  highlights: z.array(metricId).max(4, { error: "choose at most four highlights" }).default([]),
  /** What became of the province in the 2025 reorganisation. */
  after_2025: z.strictObject({
    /** The province it belongs to since 1/7/2025 (its own name when unchanged). */
    province: shortText,
    /** The provinces it was merged with; empty when unchanged. */
    merged_with: z.array(shortText).default([]),
  }),
});

/** The English edition of a story's frontmatter: the fields readers see in words; names, dates and figures are shared. */
export const storyTranslation = z.strictObject({
  /** URL slug; must equal the file name and the Vietnamese story's. */
  slug,
  /** The region of Vietnam, in English. */
  region: shortText,
  /** The event, in English. */
  event: z.strictObject({ title: text }),
  /** The headline in English. */
  headline: shortText,
  /** The `counts` words in English, for the same measures. */
  counts: z.record(metricId, shortText).default({}),
  /** The standfirst in English, in our own words, without figures. */
  summary: bounded(SUMMARY),
});

/** A validated English story frontmatter. */
export type StoryTranslation = z.infer<typeof storyTranslation>;
/** A validated province frontmatter. */
export type ProvinceFrontmatter = z.infer<typeof provinceFrontmatter>;
