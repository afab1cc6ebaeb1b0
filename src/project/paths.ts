import type { Lang } from "../i18n/lang.ts";
import { withTrailingSlash } from "../lib/format/withTrailingSlash.ts";
import { ROUTES } from "./routes.ts";

export { ROUTES };

/** The site's base path with a trailing slash ("/" or "/some/sub/path/"), from astro.config's `base`. */
const base = withTrailingSlash(import.meta.env.BASE_URL);

/** A path inside the site, prefixed with the base path so the site works under any sub-path. */
export function href(path = ""): string {
  return base + path.replace(/^\//, "");
}

/** The same page in the other edition: a path under the base (as in Astro.url.pathname) mapped by its route. */
export function translatePath(pathname: string, to: Lang): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  const from: Lang = path === "en" || path.startsWith("en/") ? "en" : "vi";
  const rest = path === "en" ? "en/" : path;
  // Longest prefixes first, so en/provinces/ wins over en/; the home route matches every other path.
  const route = Object.values(ROUTES)
    .filter((r) => rest.startsWith(r[from]))
    .sort((a, b) => b[from].length - a[from].length)[0]!;
  return href(route[to] + rest.slice(route[from].length));
}

/**
 * An address for a path inside the site: absolute from SITE_URL when the build has one, else the path itself,
 * so a build without SITE_URL never publishes an invented domain.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The home page of an edition. */
export const homeHref = (lang: Lang = "vi") => href(ROUTES.home[lang]);
/** The page of a province's story. */
export const provinceHref = (slug: string, lang: Lang = "vi") => href(`${ROUTES.province[lang]}${slug}/`);
/** The comparison page. */
export const compareHref = (lang: Lang = "vi") => href(ROUTES.compare[lang]);
/** The sources and method page, optionally at an anchor. */
export const methodHref = (anchor = "", lang: Lang = "vi") => href(`${ROUTES.method[lang]}${anchor ? `#${anchor}` : ""}`);
/** The search page. */
export const searchHref = (lang: Lang = "vi") => href(ROUTES.search[lang]);
/** A chart's page of its own, for embedding in another site. */
export const embedHref = (figure: string, lang: Lang = "vi") => href(`${ROUTES.embed[lang]}${figure}/`);
/** The feed of an edition's stories. */
export const feedHref = (lang: Lang = "vi") => href(`${ROUTES.home[lang]}rss.xml`);
/** Anchor id of a figure's provenance row on its province page. */
export const figureAnchor = (metric: string) => `so-lieu-${metric}`;
/** Anchor id of a source on the sources page. */
export const sourceAnchor = (id: string) => `nguon-${id}`;
/** Anchor id of a metric's definition on the sources page. */
export const metricAnchor = (id: string) => `chi-so-${id}`;
/** Link to a figure's provenance row on its province page. */
export const figureHref = (province: string, metric: string, lang: Lang = "vi") => `${provinceHref(province, lang)}#${figureAnchor(metric)}`;
/** The corrections log, optionally at one correction. */
export const correctionsHref = (anchor = "", lang: Lang = "vi") => href(`${ROUTES.corrections[lang]}${anchor ? `#${anchor}` : ""}`);
/** Anchor id of a correction on the corrections page: its date, province, metric and source. */
export const correctionAnchor = (c: { date: string; province: string; metric: string; source: string }) => `dinh-chinh-${c.date}-${c.province}-${c.metric}-${c.source}`;
