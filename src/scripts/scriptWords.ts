/** The words the scripts of every page add (search has its own, searchWords.ts), in the page's language (its <html lang>); Vietnamese unless the page is English. */
export function scriptWords(doc: Document) {
  return doc.documentElement.lang === "en" ? EN : VI;
}

const VI = {
  copyLink: "Sao chép liên kết",
  copyLinkTo: (what: string) => `Sao chép liên kết tới “${what}”`,
  copied: "Đã sao chép liên kết.",
  link: (url: string) => `Liên kết: ${url}`,
  theme: { auto: "Giao diện: theo máy", light: "Giao diện: sáng", dark: "Giao diện: tối" },
};

const EN: typeof VI = {
  copyLink: "Copy link",
  copyLinkTo: (what) => `Copy link to “${what}”`,
  copied: "Link copied.",
  link: (url) => `Link: ${url}`,
  theme: { auto: "Theme: system", light: "Theme: light", dark: "Theme: dark" },
};
