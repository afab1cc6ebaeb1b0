import { z } from "astro/zod";

/** Lower-case letters and digits joined by "-": the only form of a name that may become a file name. */
export const SLUG_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// One line of a CSV cell or a form field: the desk never writes a line break inside a cell.
const line = (max: number) => z.string().max(max).transform((s) => s.replace(/[\r\n]+/g, " ").trim());
const slug = z.string().regex(SLUG_FORM).max(80);

/** A figure the editor accepted: the cells of one results row except its source (the article's id). */
export const rowDecision = z.object({
  /** Metric id from data/metrics.csv, or one of `metrics` below. */
  metric: line(80),
  /** As the results file writes it: a plain number with "." as decimal point, empty for unquantified. */
  value: line(40),
  qualifier: line(20),
  /** The verbatim phrase of the article. */
  quote: line(600),
  note: line(600),
  note_en: line(600),
});

/** A new row of data/metrics.csv, as the editor filled it in. */
export const metricDecision = z.object({
  id: line(80),
  group: line(40),
  label_vi: line(200),
  label_en: line(200),
  unit: line(20),
  comparable: line(20),
  award_level: line(40).default(""),
  recipient: line(40).default(""),
  compare: line(40).default(""),
  definition_vi: line(1000),
  definition_en: line(1000),
  keywords_vi: line(400).default(""),
});

/** The article's row of data/sources.csv, without its province and archive cells (the desk fills them). */
export const sourceDecision = z.object({
  id: slug,
  outlet: line(200),
  title: line(400),
  published: line(20),
  event_date: line(20),
  author: line(200),
  url: line(600),
  note: line(1000),
  note_en: line(1000),
});

/**
 * The new province's story fields, in both languages: the template's placeholders are replaced by these. The
 * event's date is not one of them: it is the source's `event_date`, asked once.
 */
export const storyDecision = z.object({
  region: line(120),
  capital: line(120),
  lat: line(20),
  lon: line(20),
  kind: line(20),
  title: line(300),
  headline: line(200),
  summary: line(2000),
  highlights: line(400),
  after_province: line(120),
  merged_with: line(400),
  body: z.string().max(100_000),
  region_en: line(120),
  title_en: line(300),
  headline_en: line(200),
  summary_en: line(2000),
  body_en: z.string().max(100_000),
});

/**
 * What a save request carries: the province (a new one with its name and story), the hashes of its files as
 * the editor's page read them, the article and its source row, the figures accepted and the new metrics.
 */
export const saveDecision = z.object({
  slug,
  /** Set for a province that does not exist yet: its name, with diacritics. */
  name: line(120).optional(),
  /** Content hash of each file the save may touch, as read when the page opened it; null when it did not exist. */
  base: z.record(z.string().max(200), z.string().max(100).nullable()),
  source: sourceDecision,
  /** The article's text, as archived: what every quote must be found in. */
  article: z.string().max(1_000_000),
  rows: z.array(rowDecision).max(500),
  metrics: z.array(metricDecision).max(100),
  story: storyDecision.optional(),
});

/** A parsed save request. */
export type SaveDecision = z.infer<typeof saveDecision>;
/** A new province's story fields. */
export type StoryDecision = z.infer<typeof storyDecision>;

/** Parses a request body into a save decision, or the first thing wrong with it (for a 400 answer). */
export function readDecision(body: unknown): { ok: true; decision: SaveDecision } | { ok: false; message: string } {
  const parsed = saveDecision.safeParse(body);
  if (parsed.success) return { ok: true, decision: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `${issue.path.join(".") || "body"}: ${issue.message}` };
}
