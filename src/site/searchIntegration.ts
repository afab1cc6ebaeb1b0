import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { slugify } from "../lib/text/slugify.ts";
import { afterBuild } from "./afterBuild.ts";
import { builtPages } from "./builtPages.ts";

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

/** Builds the Pagefind search index into dist/pagefind after each build (one index per language), from every page but the 404s. */
export function searchIndex(): AstroIntegration {
  return afterBuild("search-index", async ({ dist, base, logger }) => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error("Pagefind could not start");
    // Every page but the 404s (the only pages not named index.html).
    for (const page of builtPages(dist).filter((p) => !p.endsWith(".html"))) {
      await index.addHTMLFile({ url: base + page, content: withFoldedD(readFileSync(join(dist, page, "index.html"), "utf8")) });
    }
    await index.writeFiles({ outputPath: join(dist, "pagefind") });
    await pagefind.close();
    logger.info("search index written to pagefind/");
  });
}
