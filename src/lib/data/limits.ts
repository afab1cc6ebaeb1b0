/**
 * How large an editor's files and fields may be. Each limit is far above what a real province needs (the longest
 * story today is 4 KB, the largest results file 9 KB, the longest summary 400 characters) and far below what
 * would make a page slow on a phone or a build run out of memory (a 6 MB summary gave a 20 MB page and used
 * 1.5 GB; 50,000 rows in one file took 115 s to build). A limit says, in its message, why it is there.
 */
export interface Limit {
  /** The largest size allowed, in the unit of `unit`. */
  max: number;
  unit: "bytes" | "characters";
  /** What is limited, as a message names it: "a story", "the summary". */
  what: string;
  /** Why, in a few words, for the message. */
  why: string;
}

/** A story file (either edition): 25 times the longest story, and well inside a page's 60 KB budget once gzipped. */
export const STORY_FILE: Limit = { max: 100_000, unit: "bytes", what: "a story file", why: "a story page must stay light enough for a phone on a slow connection; the longest story today is 4 KB" };

/** A story's frontmatter, before its YAML is read: bounds what the YAML reader is given at all. */
export const FRONTMATTER: Limit = { max: 16_000, unit: "bytes", what: "the frontmatter", why: "it holds a few short fields, under 1 KB today; a larger one is a paste gone wrong" };

/** One province's results file: some 2,500 rows, a hundred times what an article reports. */
export const RESULTS_FILE: Limit = { max: 500_000, unit: "bytes", what: "a results file", why: "one province's article reports a few dozen figures and the largest file today is 9 KB; every row becomes text on several pages" };

/** metrics.csv, sources.csv, corrections.csv, edition.csv. */
export const TABLE_FILE: Limit = { max: 1_000_000, unit: "bytes", what: "a data table", why: "the dictionary and the list of articles are under 15 KB today; each row is printed on every page that lists them" };

/** Every editor's file together: about a thousand times today's project, which check still reads in seconds. */
export const PROJECT: Limit = { max: 50_000_000, unit: "bytes", what: "the project's stories and data together", why: "check and the build read all of it at once and must stay fast and within memory; today's project is 85 KB" };

/** A story's summary: printed on cards, at the top of the story and in link previews. */
export const SUMMARY: Limit = { max: 1_000, unit: "characters", what: "the summary", why: "it is one paragraph on the home page's cards and in link previews; today's are under 400 characters" };

/** A short frontmatter text: a name, region, capital, event title. */
export const SHORT_TEXT: Limit = { max: 200, unit: "characters", what: "this field", why: "it is a name or a title, printed in headings, lists and chart labels" };

/** One CSV cell (a quote, a note, a label, a definition). */
export const CELL: Limit = { max: 2_000, unit: "characters", what: "a cell", why: "a quote is a short phrase and a note a few sentences; every cell is printed on pages and in downloads" };

/** A whole number with commas between thousands (1,000), the same wherever the build runs: no locale is read. */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The message for a size over its limit: how large it is, the limit, why, and what to do. */
export function overLimit(limit: Limit, size: number, instead: string): string {
  const shown = (n: number) => (limit.unit === "bytes" ? (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} KB`) : `${withCommas(n)} characters`);
  return `${limit.what} is ${shown(size)}, over the limit of ${shown(limit.max)} (${limit.why}): ${instead}`;
}
