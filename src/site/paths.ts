import { withTrailingSlash } from "../lib/format/withTrailingSlash.ts";

/** The site's base path with a trailing slash ("/" or "/some/sub/path/"), from astro.config's `base`. */
const base = withTrailingSlash(import.meta.env.BASE_URL);

/** A path inside the site, prefixed with the base path so the site works under any sub-path. */
export function href(path = ""): string {
  return base + path.replace(/^\//, "");
}

/** The page of a province's story. */
export const provinceHref = (slug: string) => href(`tinh/${slug}/`);
/** The comparison page. */
export const compareHref = () => href("so-sanh/");
/** The sources and method page, optionally at an anchor. */
export const methodHref = (anchor = "") => href(`nguon-va-phuong-phap/${anchor ? `#${anchor}` : ""}`);
/** Anchor id of a figure's provenance row on its province page. */
export const figureAnchor = (metric: string) => `so-lieu-${metric}`;
/** Anchor id of a source on the sources page. */
export const sourceAnchor = (id: string) => `nguon-${id}`;
/** Anchor id of a metric's definition on the sources page. */
export const metricAnchor = (id: string) => `chi-so-${id}`;
/** Link to a figure's provenance row on its province page. */
export const figureHref = (province: string, metric: string) => `${provinceHref(province)}#${figureAnchor(metric)}`;
/** The corrections log, optionally at one correction. */
export const correctionsHref = (anchor = "") => href(`dinh-chinh/${anchor ? `#${anchor}` : ""}`);
/** Anchor id of a correction on the corrections page: its date, province, metric and source. */
export const correctionAnchor = (c: { date: string; province: string; metric: string; source: string }) => `dinh-chinh-${c.date}-${c.province}-${c.metric}-${c.source}`;
