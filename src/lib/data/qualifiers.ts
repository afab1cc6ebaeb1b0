/** How exactly a source states a figure: as is, "more than", "nearly", "about", or only that it exists. */
export const QUALIFIERS = ["exact", "over", "nearly", "about", "unquantified"] as const;

/** One of {@link QUALIFIERS}. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Vietnamese words that, written right before a number, give it a qualifier (longest first when matching). */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
  "trên dưới": "about",
  "trên": "over",
  "hơn": "over",
  "gần": "nearly",
  "khoảng": "about",
  "xấp xỉ": "about",
  "chừng": "about",
  "hàng nghìn": "unquantified",
  "hàng ngàn": "unquantified",
  "hàng trăm": "unquantified",
  "nhiều": "unquantified",
};

/** Whether a text is one of the qualifier names. */
export function isQualifier(text: string): text is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(text);
}

/**
 * Words for "less than" and "at least": the site has no qualifier for them, so a figure stated that way is
 * refused for an editor to decide (record it in a note, or leave it out) rather than shown as exact.
 */
export const UNSUPPORTED_WORDS: readonly string[] = ["dưới", "chưa đến", "chưa tới", "ít hơn", "không quá", "ít nhất", "tối thiểu", "không dưới"];
