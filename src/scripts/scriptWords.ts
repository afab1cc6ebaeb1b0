/** The words the page scripts add, in the page's language (its <html lang>); Vietnamese unless the page is English. */
export function scriptWords(doc: Document) {
  return doc.documentElement.lang === "en" ? EN : VI;
}

const VI = {
  copyLink: "Sao chép liên kết",
  copyLinkTo: (what: string) => `Sao chép liên kết tới “${what}”`,
  copied: "Đã sao chép liên kết.",
  link: (url: string) => `Liên kết: ${url}`,
  theme: { auto: "Giao diện: theo máy", light: "Giao diện: sáng", dark: "Giao diện: tối" },
  found: (count: number, query: string) => `${count} trang khớp với “${query}”.`,
  notFound: (query: string) => `Không có trang nào khớp với “${query}”.`,
};

const EN: typeof VI = {
  copyLink: "Copy link",
  copyLinkTo: (what) => `Copy link to “${what}”`,
  copied: "Link copied.",
  link: (url) => `Link: ${url}`,
  theme: { auto: "Theme: system", light: "Theme: light", dark: "Theme: dark" },
  found: (count, query) => `${count} ${count === 1 ? "page matches" : "pages match"} “${query}”.`,
  notFound: (query) => `No page matches “${query}”.`,
};
