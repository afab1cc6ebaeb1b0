import type { Lang } from "../i18n/lang.ts";

/**
 * Where each kind of page lives in each edition, relative to the base path. Vietnamese is at the root; the
 * English edition mirrors it under en/ with English words, so the language switch maps one prefix to the other.
 */
export const ROUTES = {
  province: { vi: "tinh/", en: "en/provinces/" },
  compare: { vi: "so-sanh/", en: "en/compare/" },
  method: { vi: "nguon-va-phuong-phap/", en: "en/sources-and-method/" },
  corrections: { vi: "dinh-chinh/", en: "en/corrections/" },
  search: { vi: "tim-kiem/", en: "en/search/" },
  embed: { vi: "embed/", en: "en/embed/" },
  charts: { vi: "du-lieu/bieu-do/", en: "en/charts/" },
  images: { vi: "anh/", en: "en/images/" },
  home: { vi: "", en: "en/" },
} as const satisfies Record<string, Record<Lang, string>>;
