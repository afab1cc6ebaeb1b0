import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { pngCache, sha256 } from "./pngCache.ts";
import { pngWorkers } from "./pngWorkers.ts";
import type { Pool } from "./workerPool.ts";
import type { PngTask } from "./pngWorkers.ts";

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`);
// Be Vietnam Pro, from npm, in the weights and styles the charts use: never the machine's fonts, so every
// machine draws the same pixels, and every Vietnamese letter has its glyph.
const FONTS = [
  font("400Regular/BeVietnamPro_400Regular.ttf"),
  font("400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf"),
  font("600SemiBold/BeVietnamPro_600SemiBold.ttf"),
  font("700Bold/BeVietnamPro_700Bold.ttf"),
];
// Every resvg option but the width, the same on the main thread and in the drawing threads.
const OPTIONS = { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" } };

// Everything besides the SVG and width that decides a PNG's pixels: the renderer's version and the font bytes,
// hashed once per build (hashing the 1 MB of fonts for every PNG took half a second in a 63-province build).
const RENDERER = sha256(`resvg ${(require("@resvg/resvg-js/package.json") as { version: string }).version}`, ...FONTS.map((f) => sha256(readFileSync(f))));

// Rasterising is most of a build's time, so drawn PNGs are kept under .cache/png/ of the project being built
// (PNG_CACHE=0 turns that off; the output is the same byte for byte either way).
const cache = pngCache(process.env.PNG_CACHE === "0" ? undefined : join(process.cwd(), ".cache/png"));

// The cache key of a PNG: the sync and the threaded drawing share their entries only while it is one.
const keyOf = (svg: string, width: number) => [RENDERER, `width ${width}`, svg];

/** Rasterises an SVG to PNG at the given width in px (height follows the aspect ratio), with the site's font. */
export function toPng(svg: string, width: number): Buffer {
  return cache.get(keyOf(svg, width), () => new Resvg(svg, { ...OPTIONS, fitTo: { mode: "width", value: width } }).render().asPng());
}

// Started on the first drawing that misses the cache, one thread per core.
let pool: Pool<PngTask, Buffer> | undefined;

/**
 * As `toPng`, drawn in a worker thread when the cache lacks it, so a build draws its PNGs on every core while
 * it goes on with other pages. The same bytes as `toPng`.
 */
export function toPngAsync(svg: string, width: number): Promise<Buffer> {
  return cache.getAsync(keyOf(svg, width), () => {
    pool ??= pngWorkers(require.resolve("@resvg/resvg-js"), OPTIONS);
    return pool.run({ svg, width });
  });
}
