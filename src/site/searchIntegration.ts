import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { slugify } from "../lib/editor/slugify.ts";

/**
 * Pagefind folds most Vietnamese diacritics ("ha nam" finds "Hà Nam") but keeps "đ" a letter of its own, so
 * "dak nong" would not find "Đắk Nông". The copy of each page that is indexed (never the page served) gets
 * every word with đ once more, folded: "Đắk Nông" → "dak nong".
 */
export function withFoldedD(html: string): string {
  const text = html.replace(/<[^>]+>/g, " ");
  const words = [...new Set(text.match(/[\p{L}]*[đĐ][\p{L}]*/gu) ?? [])].map((w) => slugify(w)).filter(Boolean);
  return words.length ? html.replace("</main>", `<p>${words.join(" ")}</p></main>`) : html;
}

/** Builds the Pagefind search index into dist/pagefind after each build, from every page but the 404. */
export function searchIndex(): AstroIntegration {
  let base = "/";
  return {
    name: "search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error("Pagefind could not start");
        const pages = (folder: string): string[] =>
          readdirSync(folder).flatMap((name) => {
            const full = join(folder, name);
            return statSync(full).isDirectory() ? pages(full) : name === "index.html" ? [full] : [];
          });
        for (const file of pages(dist)) {
          const url = base + relative(dist, file).replace(/index\.html$/, "");
          await index.addHTMLFile({ url, content: withFoldedD(readFileSync(file, "utf8")) });
        }
        await index.writeFiles({ outputPath: join(dist, "pagefind") });
        await pagefind.close();
        logger.info("search index written to pagefind/");
      },
    },
  };
}
