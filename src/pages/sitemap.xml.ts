import type { APIRoute } from "astro";
import { escapeXml } from "../lib/format/escapeXml.ts";
import { siteData } from "../site/dataset.ts";
import { sitePages } from "../site/sitePages.ts";

/** sitemap.xml: every page, as absolute URLs from SITE_URL and the base path. No dates: the build reads no clock. */
export const GET: APIRoute = async ({ site }) => {
  const urls = sitePages(await siteData()).map((p) => `  <url><loc>${escapeXml(new URL(p.path, site).href)}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`, {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};
