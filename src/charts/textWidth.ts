// Advance widths in ems by kind of character, set at or a little above DejaVu Sans (the widest of the
// system fonts the site's stack falls back to, measured in Debian's Chromium), so a line measured to fit
// does fit: wrapping one word early costs less than a clipped label.
const THIN = /[ijlI.,:;'’|!]/;
const NARROW = /[ftr()[\]\-–“”"]/;
const WIDE = /[mwMW%@]/;
const UPPER = /[A-ZÀ-Ỹ0-9]/;

/** Roughly how wide a line of text is, in px, at a font size in px; bold text is about 12% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const c of text.normalize("NFC")) {
    if (c === " ") ems += 0.32;
    else if (THIN.test(c)) ems += 0.3;
    else if (NARROW.test(c)) ems += 0.42;
    else if (WIDE.test(c)) ems += 0.98;
    else if (UPPER.test(c) && c.toLowerCase() !== c) ems += 0.77;
    else ems += 0.64;
  }
  return ems * fontSize * (bold ? 1.12 : 1);
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
