// Advance widths in ems by kind of character, set a little wide of Be Vietnam Pro and the system sans-serif
// fallbacks, so a line measured to fit does fit: wrapping one word early costs less than a clipped label.
const NARROW = /[ijlftrI.,:;'’|!()\[\]\-–]/;
const WIDE = /[mwMWĐ%@]/;
const UPPER = /[A-ZÀ-Ỹ0-9]/;

/** Roughly how wide a line of text is, in px, at a font size in px; bold text is about 7% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const c of text.normalize("NFC")) {
    if (c === " ") ems += 0.3;
    else if (NARROW.test(c)) ems += 0.34;
    else if (WIDE.test(c)) ems += 0.9;
    else if (UPPER.test(c) && c.toLowerCase() !== c) ems += 0.72;
    else if (/[0-9]/.test(c)) ems += 0.62;
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.07 : 1);
}

/** Breaks text into lines no wider than `room` px at a font size, at spaces; a single word wider than room gets a line of its own. */
export function wrapToWidth(text: string, room: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > room) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}
