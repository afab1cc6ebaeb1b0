import { isArchiveName } from "./archiveName.ts";
import { z } from "astro/zod";
import { METRIC_COMPARISONS } from "./figureIds.ts";
import { DATE_FORMS, parsePartialDate } from "./partialDate.ts";
import { QUALIFIERS } from "../text/qualifiers.ts";
import { SHORT_TEXT, SUMMARY, withCommas, type Limit } from "./limits.ts";

/** Metric groups, in the order the site presents them. */
export const GROUPS = ["models", "campaigns", "organisations", "safety", "police", "awards", "enforcement"] as const;
/** Who gave an award: the provincial People's Committee chair, the provincial Fatherland Front committee, or the provincial police director. */
export const AWARD_LEVELS = ["ppc_chair", "vff_committee", "police_director"] as const;
/** Who received an award. */
export const RECIPIENTS = ["collective", "individual"] as const;
/** What the sources report on: a ten-year review conference, or a visit that checked the program. */
export const EVENT_KINDS = ["review", "inspection"] as const;
/** What a metric's values are: whole counts or percentages. */
export const UNITS = ["count", "percent"] as const;

/** Marks a text as a placeholder that `new-province` wrote and an editor has yet to fill, in any case ("todo", "Todo"). */
export const PLACEHOLDER = /\bTODO\b/i;

const slugForm = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const metricIdForm = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => `${quote(issue.input)} is not a known ${what}: write one of ${values.join(", ")}` });

/** A CSV cell that must be filled in (every CSV cell is checked for placeholders as it is read, in readRecords). */
const cellText = z.string({ error: "write a text here" }).refine((s) => s.trim() !== "", { error: "is empty: write a text here" });

/** A filled-in frontmatter text: not empty, not a placeholder. */
const text = cellText.refine((s) => !PLACEHOLDER.test(s), { error: "still holds a placeholder: replace it with the real text" });

/** A text cell that may be empty. */
const optionalText = z.string();

/** A filled-in frontmatter text no longer than a limit (see limits.ts, which says why each is what it is). */
const bounded = (limit: Limit) =>
  text.refine((s) => s.length <= limit.max, {
    error: (issue) => `is ${withCommas(String(issue.input).length)} characters, over the limit of ${withCommas(limit.max)} (${limit.why}): shorten it`,
  });

/** A name or title: short, printed in headings, lists and labels. */
const shortText = bounded(SHORT_TEXT);

/** A date as precise as the source states it (see {@link DATE_FORMS}). */
const partialDate = z
  .string({ error: `write a date as ${DATE_FORMS}` })
  .refine((s) => parsePartialDate(s) !== null, {
    error: (issue) => `${quote(issue.input)} is not a date: write ${DATE_FORMS}, e.g. 2023-05-24 for 24/5/2023`,
  });

/** A province slug: the Vietnamese name without diacritics, đ written d, words joined by "-". */
export const slug = z.string().regex(slugForm, {
  error: (issue) => `${quote(issue.input)} is not a slug: write the name without diacritics, đ as d, words joined by "-" (e.g. ha-tinh)`,
});

/** A metric id: lower-case words joined by "_". */
export const metricId = z.string().regex(metricIdForm, {
  error: (issue) => `${quote(issue.input)} is not a metric id: write lower-case words joined by "_" (e.g. campaign_launches)`,
});

/** A source id: lower-case letters and digits joined by "-". */
export const sourceId = z.string().regex(slugForm, {
  error: (issue) => `${quote(issue.input)} is not a source id: write lower-case letters and digits joined by "-" (e.g. ha-tinh-1)`,
});

const metricShape = {
    /** Stable id used by results files and stories. */
    id: metricId,
    /** Which section of the comparison the metric belongs to. */
    group: oneOf(GROUPS, "group"),
    /** Short Vietnamese label for tables and charts. */
    label_vi: cellText,
    /** Short English label. */
    label_en: cellText,
    /** `count` (whole numbers) or `percent`. */
    unit: oneOf(UNITS, "unit"),
    /** `yes` when every province counts the same thing; `caution` when definitions differ by province. */
    comparable: oneOf(["yes", "caution"] as const, "comparability"),
    /** For awards: who gave them; empty otherwise. */
    award_level: z.union([z.literal(""), oneOf(AWARD_LEVELS, "award level")]),
    /** For awards: collectives or individuals; empty otherwise. */
    recipient: z.union([z.literal(""), oneOf(RECIPIENTS, "recipient")]),
    /**
     * What kind of number the metric publishes, when it is not a total: `range_end` (one end of a range, "từ 300
     * đến 400"), `change_start` (the value a change started from, "tăng từ 27 … lên 40") or `change` (an increase
     * or decrease, "tăng 366 đợt"). Empty (the default) for a total; a figure of any other kind is refused.
     */
    reading: z.union([z.literal(""), oneOf(["range_end", "change_start", "change"] as const, "reading")]).optional(),
    /** Which cross-province comparison figure shows the metric (models, campaigns or awards); empty for none. */
    compare: z.union([z.literal(""), oneOf(METRIC_COMPARISONS, "comparison")]).default(""),
    /** What exactly is counted, in Vietnamese, in our own words. */
    definition_vi: cellText,
    /** What exactly is counted, in English. */
    definition_en: cellText,
    /**
     * How articles name what the metric counts, for `npm run extract`: phrases separated by "|", each the words
     * right after the number, optionally with "@" and a word that must appear in the same sentence
     * (e.g. "tập thể@Giám đốc Công an"). May be empty.
     */
    keywords_vi: optionalText,
};

/** A row of `data/metrics.csv`: one thing a province may report, defined once for all provinces. */
export const metricRow = z
  .object(metricShape)
  .superRefine((m, ctx) => {
    if (m.group === "awards") {
      if (m.award_level === "") ctx.addIssue({ code: "custom", path: ["award_level"], message: `an award metric needs an award level: write one of ${AWARD_LEVELS.join(", ")}` });
      if (m.recipient === "") ctx.addIssue({ code: "custom", path: ["recipient"], message: `an award metric needs a recipient: write ${RECIPIENTS.join(" or ")}` });
    } else {
      if (m.award_level !== "") ctx.addIssue({ code: "custom", path: ["award_level"], message: "only metrics of the awards group have an award level: leave this empty" });
      if (m.recipient !== "") ctx.addIssue({ code: "custom", path: ["recipient"], message: "only metrics of the awards group have a recipient: leave this empty" });
    }
  });

const sourceShape = {
  /** Stable id cited by results rows, e.g. `ha-tinh-1`. */
  id: sourceId,
  /** Slug of the province the article reports on. */
  province: slug,
  /** The outlet that published it; empty when our copy does not say. */
  outlet: optionalText,
  /** The headline; empty when our copy has none. */
  title: optionalText,
  /** Publication date, as precise as our copy states it; empty when unknown. */
  published: z.union([z.literal(""), partialDate]),
  /** Date of the event reported, as precise as the article states it. */
  event_date: z.union([z.literal(""), partialDate]),
  /** Byline; empty when there is none. */
  author: optionalText,
  /** Web address of the article; empty when our copy does not give it (never guessed). */
  url: z.union([
    z.literal(""),
    z.string().regex(/^https?:\/\/[^\s"<>]+$/, { error: (issue) => `${quote(issue.input)} is not a web address: write the full http:// or https:// address, or leave it empty` }),
  ]),
  /**
   * File name of the newsroom's archived copy of the article, inside the archive folder (not published). Required:
   * a figure is published only where its quote can be verified in the article.
   */
  archive: z
    .string()
    .refine((name) => name !== "", { error: () => "the archive cell is empty: every figure is verified in its article, so save the article in the archive folder and write its file name here (npm run extract -- --to <slug> --source <id> article.txt does both)" })
    .refine((name) => name === "" || isArchiveName(name), { error: (issue) => `${quote(issue.input)} is not a file of the archive folder: write the archived copy's file name alone (e.g. ha-tinh-1.txt), with no folder, "..", drive or absolute path` }),
  /** What our copy lacks or how a date was read, in our own words. */
  note: optionalText,
  /** The note in English, for the English edition; required when there is a note. */
  note_en: optionalText,
};

/** A row of `data/sources.csv`: one article, described only as far as our copy of it says. */
export const sourceRow = z.object(sourceShape);

/** A validated metric as the content layer stores it, with its position in the dictionary (0-based). */
export const metricEntry = z.object({ ...metricShape, order: z.number() });
/** A validated source as the content layer stores it, with its position in data/sources.csv (0-based). */
export const sourceEntry = z.object({ ...sourceShape, order: z.number() });

/** The columns of a results row as written; values and cross-file references are checked in validateProject. */
export const resultRow = z.object({
  /** Id of a metric in data/metrics.csv. */
  metric: metricId,
  /** The figure as a plain number, or empty when the qualifier is `unquantified`. */
  value: z.string(),
  /** exact | over | at_least | nearly | about | at_most | unquantified. */
  qualifier: z.string(),
  /** Id of an article in data/sources.csv about this province. */
  source: sourceId,
  /** The short verbatim phrase of the source that states the figure. */
  quote: cellText,
  /** Our own remark on how to read the figure; may be empty. */
  note: optionalText,
  /** The remark in English, for the English edition; required when there is a note. */
  note_en: optionalText,
});

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

/** A validated metric definition. */
export type Metric = z.infer<typeof metricRow>;
/** A validated source article. */
export type Source = z.infer<typeof sourceRow>;
/** A validated province frontmatter. */
export type ProvinceFrontmatter = z.infer<typeof provinceFrontmatter>;

function quote(input: unknown): string {
  return typeof input === "string" ? `"${input}"` : String(input);
}

/** A validated results row as stored in the content layer (see model.ts `Result`). */
export const resultEntry = z.object({
  province: slug,
  metric: metricId,
  value: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS),
  source: sourceId,
  quote: z.string(),
  note: z.string(),
  note_en: z.string(),
  file: z.string(),
  line: z.number(),
});

/** A full ISO date (YYYY-MM-DD), for days the newsroom itself sets: `what` says which day, in the error. */
const fullDate = (what: string) =>
  z.string().superRefine((s, ctx) => {
    if (!isFullDate(s)) {
      const form = /^\d{4}-\d{2}-\d{2}$/.test(s) ? "is not a day of the calendar" : "is not a full date";
      ctx.addIssue({ code: "custom", message: `${quote(s)} ${form}: write YYYY-MM-DD, ${what}` });
    }
  });

/** True for a real day written YYYY-MM-DD. */
const isFullDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parsePartialDate(s) !== null;

/** The one row of `data/edition.csv`: when this site was first published and last updated, for citations. */
export const editionRow = z
  .object({
    /** The day the site was first published. */
    published: fullDate("the day the site was first published"),
    /** The day of its latest update (a correction published later counts as an update too). */
    updated: fullDate("the day of the site's latest update"),
  })
  .refine((e) => !isFullDate(e.published) || !isFullDate(e.updated) || e.updated >= e.published, {
    path: ["updated"],
    error: "comes before published: write the day of the latest update, on or after the day of first publication",
  });

/** A validated edition: the site's first publication and latest update. */
export type Edition = z.infer<typeof editionRow>;

/** A row of `data/corrections.csv`: a published figure that was changed, when, from what, and why. */
export const correctionRow = z.object({
  /** The day the correction was published (a full date). */
  date: fullDate("the day the correction was published"),
  /** Slug of the province whose figure changed. */
  province: slug,
  /** Id of the metric whose figure changed. */
  metric: metricId,
  /** Id of the article the figure comes from. */
  source: sourceId,
  /** The value as it was published before, as written in a results file (empty if it had no number). */
  from: z.string(),
  /** The value now published; must equal the current value in data/results/<province>.csv. */
  to: z.string(),
  /** Why it changed, in our own words. */
  reason: cellText,
  /** Why it changed, in English, for the English edition. */
  reason_en: cellText,
});

/** A validated correction. */
export type Correction = z.infer<typeof correctionRow>;
