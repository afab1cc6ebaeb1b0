import { z } from "astro/zod";
import { SHORT_TEXT, withCommas, type Limit } from "./limits.ts";
import { DATE_FORMS, parsePartialDate } from "./partialDate.ts";

// The field types every editor's file is made of, each with the message that says what to write instead.

/** Marks a text as a placeholder that `new-province` wrote and an editor has yet to fill, in any case ("todo", "Todo"). */
export const PLACEHOLDER = /\bTODO\b/i;

const slugForm = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const metricIdForm = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** One of a list of known values, refused with the list to write. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => `${quote(issue.input)} is not a known ${what}: write one of ${values.join(", ")}` });

/** A CSV cell that must be filled in (every CSV cell is checked for placeholders as it is read, in readRecords). */
export const cellText = z.string({ error: "write a text here" }).refine((s) => s.trim() !== "", { error: "is empty: write a text here" });

/** A filled-in frontmatter text: not empty, not a placeholder. */
export const text = cellText.refine((s) => !PLACEHOLDER.test(s), { error: "still holds a placeholder: replace it with the real text" });

/** A text cell that may be empty. */
export const optionalText = z.string();

/** A filled-in frontmatter text no longer than a limit (see limits.ts, which says why each is what it is). */
export const bounded = (limit: Limit) =>
  text.refine((s) => s.length <= limit.max, {
    error: (issue) => `is ${withCommas(String(issue.input).length)} characters, over the limit of ${withCommas(limit.max)} (${limit.why}): shorten it`,
  });

/** A name or title: short, printed in headings, lists and labels. */
export const shortText = bounded(SHORT_TEXT);

/** A date as precise as the source states it (see {@link DATE_FORMS}). */
export const partialDate = z
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

/** An input as a message quotes it. */
export function quote(input: unknown): string {
  return typeof input === "string" ? `"${input}"` : String(input);
}
