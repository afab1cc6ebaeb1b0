/**
 * The short span of an article that states a figure: the clause around the number (between sentence marks,
 * semicolons, or a comma followed by a space), never cutting the qualifier word before it, and at most about
 * 16 words. Returns offsets into the text, so the quote is an exact substring an editor can find with Ctrl-F.
 */
export function quoteSpan(text: string, start: number, end: number): { start: number; end: number } {
  const boundary = /[.!?;:]\s|[.!?;]$|,\s|\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index!;
    // Punctuation inside a number ("114.924") or inside a quoted name (“tự phòng, tự quản”) ends nothing.
    if (isNumberPunctuation(text, at) || insideQuotes(text, at)) continue;
    if (at < start) from = at + m[0].length;
    if (at >= end) {
      to = at;
      break;
    }
  }
  // Keep a few words of context on each side, and no more: a clause, not a paragraph.
  from = Math.max(from, wordsBack(text, start, 5));
  to = Math.min(to, wordsForward(text, end, 10));
  // A window that starts inside a quoted name would show a lone closing ”: start after it instead.
  const close = text.indexOf("\u201d", from);
  if (close !== -1 && close < start && !text.slice(from, close).includes("\u201c")) from = close + 1;
  while (/\s/.test(text[from] ?? "")) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Whether an offset lies between an opening “ and its closing ” on the same line. */
function insideQuotes(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at) + 1, at);
  return (line.match(/\u201c/g)?.length ?? 0) > (line.match(/\u201d/g)?.length ?? 0);
}

/** A "." or "," between two digits belongs to a number, not to the sentence. */
function isNumberPunctuation(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");
}

/** Offset of the start of the nth word before an offset. */
function wordsBack(text: string, offset: number, n: number): number {
  let at = offset;
  for (let i = 0; i < n && at > 0; i++) {
    at--;
    while (at > 0 && /\s/.test(text[at]!)) at--;
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
  }
  return at;
}

/** Offset of the end of the nth word after an offset. */
function wordsForward(text: string, offset: number, n: number): number {
  let at = offset;
  for (let i = 0; i < n && at < text.length; i++) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    while (at < text.length && !/\s/.test(text[at]!)) at++;
  }
  return at;
}
