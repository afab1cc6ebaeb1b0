import type { APIRoute } from "astro";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { escapeXml } from "../lib/format/escapeXml.ts";
import { formatDate } from "../lib/format/formatDate.ts";
import { storyText } from "../lib/format/localText.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { siteData } from "../project/dataset.ts";
import { feedHref, homeHref, provinceHref } from "../project/paths.ts";

/**
 * The static paths of a file that needs absolute addresses (feeds, the sitemap): the file itself when the
 * build has a SITE_URL, none otherwise, so no page or file publishes an invented domain.
 */
export function onlyWithSite(name: string, param: string) {
  return () => (import.meta.env.SITE ? [{ params: { [param]: name } }] : []);
}

/** An edition's RSS 2.0 feed: one item per province story. Items carry no publication date: the build reads no clock. */
export function feed(lang: Lang): APIRoute {
  return async ({ site }) => {
    const data = await siteData();
    const t = UI[lang];
    const url = (path: string) => escapeXml(new URL(path, site).href);
    const items = sortProvinces(data.provinces).map((p) => {
      const text = storyText(p, lang);
      return `    <item>
      <title>${escapeXml(`${p.name}: ${text.event.title}`)}</title>
      <link>${url(provinceHref(p.slug, lang))}</link>
      <guid isPermaLink="true">${url(provinceHref(p.slug, lang))}</guid>
      <description>${escapeXml(`${text.summary} — ${formatDate(p.event.date, lang)}`)}</description>
    </item>`;
    });
    return new Response(
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(t.siteName)}</title>
    <link>${url(homeHref(lang))}</link>
    <atom:link href="${url(feedHref(lang))}" rel="self" type="application/rss+xml" />
    <description>${escapeXml(t.feedDescription)}</description>
    <language>${lang}</language>
${items.join("\n")}
  </channel>
</rss>
`,
      { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } },
    );
  };
}
