import type { Lang } from "./lang.ts";

/** The site's interface words in Vietnamese: the shape every other language must fill in full. */
const vi = {
  siteName: "Chương trình 09: mười năm nhìn lại",
  siteShort: "Chương trình 09",
  siteTagline: "mười năm nhìn lại",
  feedTitle: "Chương trình 09: các câu chuyện",
  feedDescription: "Các tỉnh báo cáo gì sau mười năm Chương trình phối hợp số 09: số liệu, nguồn và những điều không so sánh được.",
  skipLink: "Bỏ qua, đến nội dung chính",
  navLabel: "Chính",
  nav: { home: "Trang chủ", compare: "So sánh các tỉnh", method: "Nguồn và phương pháp", search: "Tìm kiếm" },
  homeTitle: "Mười năm Chương trình 09 qua báo cáo các tỉnh",
  switchLabel: "English",
  switchTitle: "Read this page in English",
  footerTrace: "Mọi con số trên trang đều dẫn về câu văn của bài báo đã nêu nó. Điều một tỉnh không báo cáo được ghi là “không báo cáo”, không bao giờ là số 0.",
  footerBefore2025: "Số liệu là của các tỉnh trước khi sắp xếp đơn vị hành chính năm 2025.",
  corrections: "Đính chính",
  corrected: "đã đính chính",
  source: "nguồn",
  sources: "Nguồn",
  charts: "Biểu đồ",
  figuresAndSources: "Số liệu và nguồn",
  figuresLede: "Mỗi con số kèm câu chữ của bài báo đã nêu nó. Những chữ “trên”, “gần”, “khoảng” của nguồn được giữ nguyên.",
  compareWithOthers: "So sánh với các tỉnh khác",
  notReportedHeading: "Không báo cáo",
  notReportedLede: (province: string) => `Các tỉnh khác có nêu những chỉ số sau, còn nguồn về ${province} thì không. Không báo cáo không có nghĩa là bằng 0.`,
  mergerLabel: "Sắp xếp tỉnh năm 2025",
  mergerUnchanged: (province: string) => `Tỉnh ${province} giữ nguyên địa giới sau đợt sắp xếp tỉnh năm 2025.`,
  mergerMerged: (province: string, into: string, others: readonly string[]) =>
    `Từ 1/7/2025, ${province} thuộc tỉnh ${into} (hợp nhất với ${others.join(", ")}). Số liệu dưới đây là của tỉnh ${province} trước khi sắp xếp.`,
  table: { metric: "Chỉ số", value: "Số liệu", stated: "Nguồn nêu", provinceOrMetric: "Tỉnh / chỉ số" },
  chart: {
    dataCsv: "Dữ liệu (CSV)",
    chartSvg: "Biểu đồ (SVG)",
    imagePng: "Ảnh (PNG)",
    cite: "Trích dẫn",
    updated: "cập nhật",
    embed: "Nhúng biểu đồ vào trang khác",
    embedCopy: "Chép đoạn mã này vào trang của bạn:",
    tableSummary: "Bảng số liệu của biểu đồ",
    tableLabel: (title: string) => `Bảng: ${title}`,
    scrollLabel: (title: string, narrow: boolean) => `${title} (bản ${narrow ? "hẹp" : "rộng"}, cuộn ngang)`,
    embedDescription: (title: string) => `Biểu đồ “${title}” của Chương trình 09: mười năm nhìn lại, để nhúng vào trang khác.`,
  },
  notStated: "bản lưu không ghi",
  noCount: "không nêu số",
  dataFiles: { metrics: "từ điển chỉ số", sources: "các bài báo làm nguồn", results: (province: string) => `số liệu của ${province}` },
} as const;

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };

/** "A, B and C": a list the English way. */
const andList = (items: readonly string[]) => new Intl.ListFormat("en-GB").format(items);

/** The interface words of one language. */
export type UiWords = Widen<typeof vi>;

const en: UiWords = {
  siteName: "Program 09: ten years on",
  siteShort: "Program 09",
  siteTagline: "ten years on",
  feedTitle: "Program 09: the province stories",
  feedDescription: "What the provinces reported after ten years of Coordination Program No. 09: the figures, their sources, and what cannot be compared.",
  skipLink: "Skip to the main content",
  navLabel: "Main",
  nav: { home: "Home", compare: "Compare the provinces", method: "Sources and method", search: "Search" },
  homeTitle: "Ten years of Program 09, as the provinces reported them",
  switchLabel: "Tiếng Việt",
  switchTitle: "Đọc trang này bằng tiếng Việt",
  footerTrace: "Every number on this site links to the sentence of the article that stated it. What a province did not report is shown as “not reported”, never as zero.",
  footerBefore2025: "The figures are those of the provinces before the 2025 administrative reorganisation.",
  corrections: "Corrections",
  corrected: "corrected",
  source: "source",
  sources: "Sources",
  charts: "Charts",
  figuresAndSources: "Figures and sources",
  figuresLede: "Each figure comes with the words of the article that stated it, in Vietnamese. The source's “more than”, “nearly” and “about” are kept.",
  compareWithOthers: "Compare with the other provinces",
  notReportedHeading: "Not reported",
  notReportedLede: (province) => `Other provinces gave these measures; the sources on ${province} did not. Not reported does not mean zero.`,
  mergerLabel: "The 2025 reorganisation of provinces",
  mergerUnchanged: (province) => `${province} kept its borders in the 2025 reorganisation of provinces.`,
  mergerMerged: (province, into, others) =>
    `Since 1 July 2025, ${province} has been ${into === province ? `merged with ${andList(others)} into a larger ${into} province` : `part of ${into} province (merged with ${andList(others)})`}. The figures below are those of ${province} before the merger.`,
  table: { metric: "Measure", value: "Figure", stated: "What the source says", provinceOrMetric: "Province / measure" },
  chart: {
    dataCsv: "Data (CSV)",
    chartSvg: "Chart (SVG)",
    imagePng: "Image (PNG)",
    cite: "Cite this",
    updated: "updated",
    embed: "Embed this chart in another page",
    embedCopy: "Copy this code into your page:",
    tableSummary: "The chart's data as a table",
    tableLabel: (title) => `Table: ${title}`,
    scrollLabel: (title, narrow) => `${title} (${narrow ? "narrow" : "wide"} version, scrolls sideways)`,
    embedDescription: (title) => `The chart “${title}” from Program 09: ten years on, for embedding in another page.`,
  },
  notStated: "not stated in our copy",
  noCount: "no count given",
  dataFiles: { metrics: "the dictionary of measures", sources: "the source articles", results: (province) => `figures for ${province}` },
};

/** Interface words by language. */
export const UI: Record<Lang, UiWords> = { vi, en };
