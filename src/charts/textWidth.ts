/** Roughly how wide a line of text is, in px: system sans-serif fonts average about 0.56 em per character. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
