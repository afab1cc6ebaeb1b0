// Types for subset-font (harfbuzz's hb-subset compiled to WebAssembly), which ships none: only what
// scripts/subset-fonts.ts calls.
declare module "subset-font" {
  /** Cuts a font (TTF, WOFF or WOFF2) down to the glyphs of `text`, in the format asked for. */
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: "sfnt" | "woff" | "woff2" | "truetype" }): Promise<Buffer>;
}
