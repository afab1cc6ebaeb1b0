import type { APIRoute } from "astro";
import { href } from "../project/paths.ts";

/**
 * robots.txt: everything may be indexed; the sitemap lists the pages. Crawlers read it only at a host's root,
 * so under a sub-path it says where the sitemap is for whoever maintains the root's robots.txt.
 */
export const GET: APIRoute = ({ site }) => {
  // Without SITE_URL there is no sitemap (it needs absolute URLs), so there is nothing to point at.
  if (!site) return new Response("User-agent: *\nAllow: /\n", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const sitemap = `Sitemap: ${new URL(href("sitemap.xml"), site).href}\n`;
  const atRoot = href() === "/";
  const text = atRoot ? `User-agent: *\nAllow: /\n\n${sitemap}` : `# Crawlers read robots.txt only at the host's root; add this line to that file:\n# ${sitemap}`;
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
