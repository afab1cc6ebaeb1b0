// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { securityHeaders } from "./src/site/headersIntegration.ts";
import { notFoundPages } from "./src/site/notFoundIntegration.ts";
import { searchIndex } from "./src/site/searchIntegration.ts";

// BASE_PATH lets a host serve the site under a sub-path (GitHub Pages, a bucket folder);
// SITE_URL gives canonical URLs. Both are optional: the defaults serve from the root.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL ?? "https://example.org";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  integrations: [mdx(), notFoundPages(), securityHeaders(), searchIndex()],
  // One external stylesheet: cacheable across pages, and allowed by a strict Content-Security-Policy.
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Caches inside the project (not node_modules), so two copies of it can build at once without sharing them.
  cacheDir: "./.cache/astro",
  // Scripts as files, never inlined: cacheable, and allowed by a Content-Security-Policy without 'unsafe-inline'.
  vite: { cacheDir: "./.cache/vite", build: { assetsInlineLimit: 0 } },
});
