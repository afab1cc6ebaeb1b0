import { isArchiveName } from "./archiveName.ts";
import { z } from "astro/zod";
import { METRIC_COMPARISONS } from "./figureIds.ts";
import { QUALIFIERS } from "../text/qualifiers.ts";
import { cellText, metricId, oneOf, optionalText, partialDate, quote, slug, sourceId } from "./fields.ts";
import { parsePartialDate } from "./partialDate.ts";

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
     * right after the number, optionally followed by "@" and words that must appear in the same clause
     * ("lượt người@phát động") or "@!" and words that must not ("mô hình@!toàn huyện"), as many as needed.
     * An award metric's awarding body is read from the clause instead (award_level). May be empty.
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


/** A validated metric definition. */
export type Metric = z.infer<typeof metricRow>;
/** A validated source article. */
export type Source = z.infer<typeof sourceRow>;


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
