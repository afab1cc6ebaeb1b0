/** A piece of a search excerpt: its text as the reader should see it, and whether Pagefind highlighted it. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

// The references Pagefind writes when it escapes a page's text (and a few common ones); others stay as written.
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes HTML character references (&lt; &#39; &#x1EA1; …) into the characters they stand for. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? ref;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/**
 * Pagefind's excerpt (HTML: the page's text escaped, with <mark> around the words found) as plain text pieces:
 * highlights kept apart, every other tag dropped, character references decoded once. The page sets each piece
 * as text, so "&lt;iframe" reads "<iframe" and never becomes markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      // Tags are dropped before decoding: a decoded "<" is the page's text, not a tag.
      return { text: decodeEntities((marked ? marked[1]! : part).replace(/<[^>]*>/g, "")), marked: !!marked };
    });
}
