import { LOCALES, type Lang } from "../../i18n/lang.ts";

// Intl's data for vi-VN and en-GB is built into Node and browsers, so the output does not depend on the machine's locale.
// Up to six decimals: a figure is shown as the article wrote it, never rounded (0,125% stays 0,125%).
const formats = {
  vi: new Intl.NumberFormat(LOCALES.vi.intl, { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat(LOCALES.en.intl, { maximumFractionDigits: 6 }),
};

/** Formats a number in the reader's language: 114924 → "114.924" (vi) or "114,924" (en); 2.2 → "2,2" or "2.2". */
export function formatNumber(value: number, lang: Lang = "vi"): string {
  return formats[lang].format(value);
}
