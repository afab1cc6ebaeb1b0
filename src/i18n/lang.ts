/** The site's languages: Vietnamese first (served at the root), English at /en/. */
export const LANGS = ["vi", "en"] as const;

/** One of the site's languages. */
export type Lang = (typeof LANGS)[number];

/** The other edition's language, for the language switch and hreflang links. */
export const otherLang = (lang: Lang): Lang => (lang === "vi" ? "en" : "vi");

/** BCP 47 locale of each language, for Intl formatting and og:locale. */
export const LOCALES: Record<Lang, { intl: string; og: string }> = {
  vi: { intl: "vi-VN", og: "vi_VN" },
  // British English writes dates day first ("24 May 2023"), as Vietnamese does.
  en: { intl: "en-GB", og: "en_GB" },
};
