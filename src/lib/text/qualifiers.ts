/**
 * How exactly a source states a figure: as is, "more than", "at least", "nearly", "about", "at most", or only
 * that it exists. Every bound Vietnamese puts on a number maps to one of these, or the row is refused.
 */
export const QUALIFIERS = ["exact", "over", "at_least", "nearly", "about", "at_most", "unquantified"] as const;

/** One of {@link QUALIFIERS}. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** The qualifiers that go with a number (all but unquantified). */
export const NUMBER_QUALIFIERS = QUALIFIERS.filter((q): q is Exclude<Qualifier, "unquantified"> => q !== "unquantified");

/** Whether a text is one of the qualifier names. */
export function isQualifier(text: string): text is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(text);
}
