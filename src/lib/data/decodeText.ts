import type { Problem } from "./Problem.ts";

/** What kind of editor file is being read: it decides what the editor is told to save it as. */
export type FileKind = "csv" | "mdx" | "article";

const SAVE_AS: Record<FileKind, string> = {
  csv: 'save as UTF-8 CSV (in Excel: File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice: Text CSV, character set Unicode (UTF-8))',
  mdx: "save as UTF-8 (your editor's Save with Encoding › UTF-8)",
  article: "save the article as UTF-8 text (in a text editor: Save with Encoding › UTF-8)",
};

const UTF16 = 'this looks like UTF-16, which stores two bytes per letter (Excel\'s "Unicode Text", Notepad\'s "Unicode")';

/**
 * Decodes an editor's file strictly as UTF-8 (a byte-order mark is allowed and dropped). Anything else — a
 * spreadsheet or zip, UTF-16, NUL bytes, bytes of a legacy code page, replacement characters left by a program
 * that read it wrongly — is a problem at the first bad byte, saying what the file looks like and what to save
 * it as, instead of text that would publish "B�o Nh�n D�n".
 */
export function decodeText(bytes: Uint8Array, file: string, kind: FileKind): { text: string } | { problem: Problem } {
  const fail = (offset: number, looks: string): { problem: Problem } => ({
    problem: { file, ...bytePosition(bytes, offset), message: `the file is not UTF-8 text: ${looks}; ${SAVE_AS[kind]}` },
  });
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return fail(0, "this looks like an Excel workbook (.xlsx) or another zip file, not text");
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return fail(0, "this looks like an old Excel workbook (.xls), not text");
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return fail(0, UTF16);
  const nuls = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  // Latin text in UTF-16 without a byte-order mark has a NUL beside nearly every letter.
  if (nuls > 0 && nuls >= bytes.length / 4) return fail(bytes.indexOf(0), UTF16);
  if (nuls > 0) return fail(bytes.indexOf(0), "it holds a NUL byte, which no text file has (a binary file, or a damaged copy)");
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    return fail(bad, "its letters are in Windows-1258 or another legacy code page (a Vietnamese letter such as \"á\" is one byte there, never valid UTF-8)");
  }
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  const lost = text.indexOf("\uFFFD");
  if (lost >= 0) {
    return {
      problem: {
        file,
        ...charPosition(text, lost),
        message: `the file holds a replacement character "\uFFFD" where a program that read it in the wrong encoding lost a letter: copy the text again from the original, then ${SAVE_AS[kind]}`,
      },
    };
  }
  return { text };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or undefined when all do. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the range the first one must lie in (no overlongs, no
    // surrogates, nothing past U+10FFFF), as the Unicode standard's table of well-formed sequences says.
    const [count, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (count === 0) return i;
    for (let k = 1; k <= count; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += count + 1;
  }
  return undefined;
}

/** 1-based line and column of a byte offset: lines counted by LF, the column in letters of the valid text before it. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  // lastIndexOf with a negative start would search from the end; a bad first byte is on line 1.
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  // The bytes before the bad one on its line decode cleanly (it is the first bad one); count their letters.
  const before = new TextDecoder("utf-8", { ignoreBOM: line > 1 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before.replace(/^\uFEFF/, "")].length + 1 };
}

/** 1-based line and column of a character offset in decoded text. */
function charPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).replace(/^\uFEFF/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * Where a text is not in Unicode's composed form (NFC): the first line and column whose letters change under
 * NFC, or undefined when the text is NFC. Vietnamese written decomposed ("e" + "̂" + "́" for "ế") looks the same
 * but compares unequal, so a quote or a name in that form would never match its article.
 */
export function firstNonNfc(text: string): { line: number; column: number } | undefined {
  if (text.normalize("NFC") === text) return undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.normalize("NFC") === line) continue;
    const chars = [...line];
    for (let c = 0; c < chars.length; c++) {
      // A combining mark (or a letter that composes with the next one) is where the decomposed form starts.
      const pair = chars.slice(c, c + 2).join("");
      if (pair.normalize("NFC") !== pair || /\p{M}/u.test(chars[c]!)) return { line: n + 1, column: c + 1 };
    }
    return { line: n + 1, column: 1 };
  }
  return undefined;
}
