/** An article as the project stores it: no byte-order mark, "\n" line ends, NFC (the archive, quotes and check must agree to the character). */
export function normaliseArticle(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}
