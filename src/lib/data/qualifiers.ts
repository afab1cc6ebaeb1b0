/** How exactly a source states a figure: as is, "more than", "nearly", "about", or only that it exists. */
export const QUALIFIERS = ["exact", "over", "nearly", "about", "unquantified"] as const;

/** One of {@link QUALIFIERS}. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Vietnamese words that, written right before a number, give it a qualifier. */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
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
