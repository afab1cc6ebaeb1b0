// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { securityHeaders } from "./src/site/headersIntegration.ts";
import { notFoundPages } from "./src/site/notFoundIntegration.ts";
import { searchIndex } from "./src/site/searchIntegration.ts";

// BASE_PATH lets a host serve the site under a sub-path (GitHub Pages, a bucket folder);
// SITE_URL (the address readers reach the site at) makes canonical URLs, social cards, the sitemap and the feeds
// absolute. Both are optional: without SITE_URL, pages use paths and leave out what needs an absolute address.
const base = process.env.BASE_PATH ?? "/";
const site = process.env.SITE_URL || undefined;

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
  vite: {
    cacheDir: "./.cache/vite",
    // Page scripts named by their hash alone: every page names its scripts, and Astro's names for them
    // ("Layout.astro_astro_type_script_index_0_lang") cost each page some 40 bytes gzipped.
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: "_astro/[hash].js" } } } } },
    // The chart PNG drawer (src/scripts/chartPng.ts) is built as a worker but import()ed as a module: ES format,
    // named by its hash like the page scripts (every chart page names it).
    worker: { format: "es", rolldownOptions: { output: { entryFileNames: "_astro/[hash].js" } } },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Upstream: withastro/astro#18087. Astro marks each MDX module with the directive "use astro:head-inject",
        // and the bundler warns that it may not survive bundling (eight warnings a build, one per story). Astro
        // reads the marker before bundling, so the warning is noise; only that exact warning is silenced.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
