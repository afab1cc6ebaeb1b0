// Apart from scriptWords.ts, which every page loads: only the search page needs these words.
/** The words the search script adds, in the page's language (its <html lang>); Vietnamese unless the page is English. */
export function searchWords(doc: Document) {
  return doc.documentElement.lang === "en" ? EN : VI;
}

const VI = {
  found: (count: number, query: string) => `${count} trang khớp với “${query}”.`,
  notFound: (query: string) => `Không có trang nào khớp với “${query}”.`,
};

const EN: typeof VI = {
  found: (count, query) => `${count} ${count === 1 ? "page matches" : "pages match"} “${query}”.`,
  notFound: (query) => `No page matches “${query}”.`,
};
