import { readFileSync } from "node:fs";
import { join } from "node:path";
import { paletteFromCss } from "../lib/format/palette.ts";

let light: Record<string, string> | undefined;
/** The light scheme's colours, read once from the stylesheet, so images and downloads match the page. */
export function lightPalette(): Record<string, string> {
  light ??= paletteFromCss(readFileSync(join(process.cwd(), "src/styles/global.css"), "utf8"), 0);
  return light;
}
