import { strToU8, zipSync } from "fflate";
import type { Lang } from "../../i18n/lang.ts";
import type { Dataset, Source } from "../data/model.ts";
import { metricDefinition, metricLabel, noteText } from "./localText.ts";
import { resultsCsv, metricsCsv, sourcesCsv } from "./datasetCsv.ts";
import { toCsv } from "./toCsv.ts";

// Every entry gets this date, so two builds make the same bytes (a zip stores a time per file).
// Built from local fields: zip stores local date and time, so a UTC instant would differ between time zones.
const FIXED = new Date(2023, 0, 1, 12);

/** Column order of corrections.csv, as editors write it. */
const CORRECTION_COLUMNS = ["date", "province", "metric", "source", "from", "to", "reason", "reason_en"] as const;

/** A README for the dataset zip, in Vietnamese then English: what each file, column, metric and source is. */
export function datasetReadme(dataset: Dataset): string {
  const lines = [
    "# Chương trình 09: mười năm nhìn lại — dữ liệu",
    "",
    "Số liệu các tỉnh nêu trong tổng kết 10 năm (2013–2023) Chương trình phối hợp số 09, mỗi dòng một con số, kèm câu trích của bài báo đã nêu nó. CSV, UTF-8, dấu phẩy.",
    "",
    "## Tệp",
    "- metrics.csv: từ điển chỉ số (id, group, label_vi, label_en, unit = count|percent, comparable = yes|caution, award_level, recipient, definition_vi, definition_en, keywords_vi).",
    "- sources.csv: các bài báo (id, province, outlet, title, published, event_date, author, url, archive, note, note_en). Ngày viết theo ISO, có thể thiếu phần (2023-06; --11-05 khi bài không nêu năm).",
    "- results/<tỉnh>.csv: metric, value (số thuần, dấu chấm thập phân; trống khi không có số), qualifier (exact | over = trên/hơn | at_least = ít nhất/tối thiểu/không dưới/… trở lên | nearly = gần/ngót | about = khoảng/chừng/xấp xỉ | at_most = dưới/ít hơn/chưa đến/không quá/tối đa/… trở xuống | unquantified = có nhưng không nêu số), source, quote (nguyên văn), note, note_en (ghi chú bằng tiếng Anh).",
    "- corrections.csv: các đính chính (date, province, metric, source, from, to, reason, reason_en).",
    "",
    "Ô văn bản bắt đầu bằng = + - @ được thêm dấu ' ở đầu để bảng tính không chạy nó như công thức.",
    "Tỉnh không có dòng cho một chỉ số nghĩa là không báo cáo, không phải bằng 0.",
    "",
    ...catalogue(dataset, "vi"),
    "",
    "---",
    "",
    "# Program 09: ten years on — the data",
    "",
    "The figures provinces gave in their ten-year reviews (2013–2023) of Coordination Program No. 09, one figure a line, with the words of the article that stated it (in Vietnamese). CSV, UTF-8, comma-separated. The columns are those listed above.",
    "",
    "Values are plain numbers with a decimal point; an empty value goes with qualifier unquantified (the source says it happened but gives no count). over means the source wrote “trên” or “hơn” (more than); at_least “ít nhất”, “tối thiểu”, “không dưới” or “… trở lên” (at least, or more); nearly “gần”; about “khoảng”; at_most “dưới”, “ít hơn”, “chưa đến” (fewer than), “không quá”, “tối đa” or “… trở xuống” (at most).",
    "A province with no line for a measure did not report it; that is not a zero. Text cells that start with = + - @ get a leading ' so spreadsheets do not run them as formulas.",
    "",
    ...catalogue(dataset, "en"),
    "",
  ];
  return lines.join("\n");
}

const CATALOGUE_WORDS: Record<Lang, { metrics: string; sources: string; caution: string; unnamed: string }> = {
  vi: { metrics: "## Chỉ số", sources: "## Nguồn", caution: ", mỗi tỉnh định nghĩa khác", unnamed: "bản lưu không ghi tên báo, tiêu đề, tác giả" },
  en: { metrics: "## Measures", sources: "## Sources", caution: ", defined differently by each province", unnamed: "our copy names no outlet, headline or author" },
};

/** The README's list of every metric and every source, in one language. */
function catalogue(dataset: Dataset, lang: Lang): string[] {
  const w = CATALOGUE_WORDS[lang];
  // An article's outlet, headline, author and date as our copy gives them.
  const named = (s: Source) => [s.outlet, s.title && `“${s.title}”`, s.author, s.published].filter(Boolean).join(", ");
  const note = (s: Source) => noteText(s, lang);
  return [
    w.metrics,
    ...dataset.metrics.map((m) => `- ${m.id} (${m.unit}${m.comparable === "caution" ? w.caution : ""}): ${metricLabel(m, lang)}. ${metricDefinition(m, lang)}`),
    "",
    w.sources,
    ...dataset.sources.map((s) => `- ${s.id} (${s.province}): ${named(s) || w.unnamed}.${note(s) ? ` ${note(s)}` : ""}`),
  ];
}

/** The whole dataset as one zip: the editors' files in their columns, and a README describing them. */
export function datasetZip(dataset: Dataset): Uint8Array {
  const file = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime: FIXED }];
  const provinces = [...new Set(dataset.provinces.map((p) => p.slug))].sort();
  return zipSync(
    {
      "README.md": file(datasetReadme(dataset)),
      "metrics.csv": file(metricsCsv(dataset.metrics)),
      "sources.csv": file(sourcesCsv(dataset.sources)),
      "corrections.csv": file(toCsv(CORRECTION_COLUMNS, dataset.corrections.map((c) => CORRECTION_COLUMNS.map((k) => c[k])))),
      ...Object.fromEntries(provinces.map((slug) => [`results/${slug}.csv`, file(resultsCsv(dataset.results.filter((r) => r.province === slug)))])),
    },
    { level: 9 },
  );
}
