import type { APIRoute } from "astro";
import { href } from "../site/paths.ts";

/** robots.txt: everything may be indexed; the sitemap lists the pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href("sitemap.xml"), site).href}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
