// Writes the site's web fonts: Be Vietnam Pro (from the npm package the link-preview images use too) cut down
// to the letters Vietnamese and English text needs, one WOFF2 file per weight, into src/styles/fonts/.
// Run it after changing the weights or the character set: `npm run fonts`. The output is committed, so the
// build neither needs this script nor touches the network.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";
import { FONT_TEXT, WEB_FONTS } from "./lib/webFonts.ts";

const require = createRequire(import.meta.url);
const out = join(process.cwd(), "src/styles/fonts");
mkdirSync(out, { recursive: true });
for (const font of WEB_FONTS) {
  const ttf = readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${font.ttf}`));
  const woff2 = await subsetFont(ttf, FONT_TEXT, { targetFormat: "woff2" });
  writeFileSync(join(out, font.file), woff2);
  console.log(`${font.file}: ${(woff2.length / 1024).toFixed(1)} KB`);
}
