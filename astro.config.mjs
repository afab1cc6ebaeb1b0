// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// BASE_PATH lets a host serve the site under a sub-path (GitHub Pages, a bucket folder);
// SITE_URL gives canonical URLs. Both are optional: the defaults serve from the root.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://example.org";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  integrations: [mdx()],
  // One external stylesheet: cacheable across pages, and allowed by a strict Content-Security-Policy.
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Scripts as files, never inlined: cacheable, and allowed by a Content-Security-Policy without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
