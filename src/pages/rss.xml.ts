import type { APIRoute } from "astro";
import { escapeXml } from "../lib/format/escapeXml.ts";
import { formatDate } from "../lib/format/formatDate.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { siteData } from "../site/dataset.ts";
import { href, provinceHref } from "../site/paths.ts";

/** rss.xml: one item per province story (RSS 2.0). Items carry no publication date: the build reads no clock. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const items = sortProvinces(data.provinces).map(
    (p) => `    <item>
      <title>${escapeXml(`${p.name}: ${p.event.title}`)}</title>
      <link>${url(provinceHref(p.slug))}</link>
      <guid isPermaLink="true">${url(provinceHref(p.slug))}</guid>
      <description>${escapeXml(`${p.summary} (${formatDate(p.event.date)})`)}</description>
    </item>`,
  );
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Chương trình 09: mười năm nhìn lại</title>
    <link>${url(href())}</link>
    <atom:link href="${url(href("rss.xml"))}" rel="self" type="application/rss+xml" />
    <description>Các tỉnh báo cáo gì sau mười năm Chương trình phối hợp số 09: số liệu, nguồn và những điều không so sánh được.</description>
    <language>vi</language>
${items.join("\n")}
  </channel>
</rss>
`,
    { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } },
  );
};
