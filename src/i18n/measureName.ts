/**
 * A metric's label as a noun inside a sentence: without its bracketed gloss and with a lower-case first letter,
 * unless it starts an abbreviation ("Mô hình (con số chính tỉnh nêu)" → "mô hình"; "UBND…" stays).
 */
export function measureName(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/u, "").replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
}
