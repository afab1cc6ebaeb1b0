import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

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

/** Rasterises an SVG to PNG at the given width in px (height follows the aspect ratio), with the site's font. */
export function toPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Be Vietnam Pro" },
  });
  return resvg.render().asPng();
}
