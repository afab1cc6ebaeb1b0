import type { APIRoute } from "astro";
import { LANGS } from "../i18n/lang.ts";
import { escapeXml } from "../lib/format/escapeXml.ts";
import { siteData } from "../project/dataset.ts";
import { sitePages } from "../site/sitePages.ts";
import { onlyWithSite } from "../site/feed.ts";

/** Written only when the build has a SITE_URL: a sitemap lists absolute URLs. */
export const getStaticPaths = onlyWithSite("sitemap", "sitemap");

/**
 * sitemap.xml: every page of both editions as absolute URLs from SITE_URL and the base path, each with its
 * counterpart in the other language (hreflang). No dates: the build reads no clock.
 */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  // The editions list the same pages in the same order, so the i-th page of one is the i-th of the other.
  const editions = LANGS.map((lang) => ({ lang, pages: sitePages(data, lang) }));
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const urls = editions.flatMap(({ pages }) =>
    pages.map((page, i) => {
      const links = editions.map((e) => `<xhtml:link rel="alternate" hreflang="${e.lang}" href="${abs(e.pages[i]!.path)}"/>`).join("");
      return `  <url><loc>${abs(page.path)}</loc>${links}</url>`;
    }),
  );
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`,
    { headers: { "Content-Type": "application/xml; charset=utf-8" } },
  );
};
