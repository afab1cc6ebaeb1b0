/** Reads the light (0) or dark (1) colour of every `--name: light-dark(#light, #dark)` custom property of a stylesheet. */
export function paletteFromCss(css: string, half: 0 | 1): Record<string, string> {
  const pairs = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[2 + half]!.toLowerCase()]));
}
