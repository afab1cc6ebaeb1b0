import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import type { SiteData } from "../project/dataset.ts";
import { compareHref, correctionsHref, homeHref, methodHref, provinceHref, searchHref } from "../project/paths.ts";

/** A page readers can land on, for the sitemap and the no-JavaScript list of pages. */
export interface SitePage {
  /** Path under the site, with the base path. */
  path: string;
  title: string;
}

/** Every page of an edition a search engine should know, in reading order. */
export function sitePages(data: SiteData, lang: Lang = "vi"): SitePage[] {
  const t = UI[lang];
  return [
    { path: homeHref(lang), title: t.homeTitle },
    ...sortProvinces(data.provinces).map((p) => ({ path: provinceHref(p.slug, lang), title: p.name })),
    { path: compareHref(lang), title: t.nav.compare },
    { path: methodHref("", lang), title: t.nav.method },
    { path: correctionsHref("", lang), title: t.corrections },
    { path: searchHref(lang), title: t.nav.search },
  ];
}
