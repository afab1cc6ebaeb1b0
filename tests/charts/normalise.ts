/** Pretty-prints SVG markup one element per line, so snapshot diffs show which mark changed. */
export function normalise(svg: string): string {
  return svg.replace(/></g, ">\n<").trim() + "\n";
}
