import { strToU8, zipSync } from "fflate";
import type { Dataset } from "../data/model.ts";
import { resultsCsv, metricsCsv, sourcesCsv } from "./datasetCsv.ts";
import { toCsv } from "./toCsv.ts";

// Every entry gets this date, so two builds make the same bytes (a zip stores a time per file).
// Built from local fields: zip stores local date and time, so a UTC instant would differ between time zones.
const FIXED = new Date(2023, 0, 1, 12);

/** A README for the dataset zip: what each file, column, metric and source is. */
export function datasetReadme(dataset: Dataset): string {
  const lines = [
    "# Chương trình 09: mười năm nhìn lại — dữ liệu",
    "",
    "Số liệu các tỉnh nêu trong tổng kết 10 năm (2013–2023) Chương trình phối hợp số 09, mỗi dòng một con số, kèm câu trích của bài báo đã nêu nó. CSV, UTF-8, dấu phẩy.",
    "",
    "## Tệp",
    "- metrics.csv: từ điển chỉ số (id, group, label_vi, label_en, unit = count|percent, comparable = yes|caution, award_level, recipient, definition_vi, definition_en, keywords_vi).",
    "- sources.csv: các bài báo (id, province, outlet, title, published, event_date, author, url, archive, note). Ngày viết theo ISO, có thể thiếu phần (2023-06; --11-05 khi bài không nêu năm).",
    "- results/<tỉnh>.csv: metric, value (số thuần, dấu chấm thập phân; trống khi không có số), qualifier (exact | over = trên/hơn | nearly = gần | about = khoảng | unquantified = có nhưng không nêu số), source, quote (nguyên văn), note.",
    "- corrections.csv: các đính chính (date, province, metric, source, from, to, reason).",
    "",
    "Ô văn bản bắt đầu bằng = + - @ được thêm dấu ' ở đầu để bảng tính không chạy nó như công thức.",
    "Tỉnh không có dòng cho một chỉ số nghĩa là không báo cáo, không phải bằng 0.",
    "",
    "## Chỉ số",
    ...dataset.metrics.map((m) => `- ${m.id} (${m.unit}${m.comparable === "caution" ? ", mỗi tỉnh định nghĩa khác" : ""}): ${m.label_vi}. ${m.definition_vi}`),
    "",
    "## Nguồn",
    ...dataset.sources.map((s) => `- ${s.id} (${s.province}): ${[s.outlet, s.title && `“${s.title}”`, s.author, s.published].filter(Boolean).join(", ") || "bản lưu không ghi tên báo, tiêu đề, tác giả"}.${s.note ? ` ${s.note}` : ""}`),
    "",
  ];
  return lines.join("\n");
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
      "corrections.csv": file(toCsv(["date", "province", "metric", "source", "from", "to", "reason"], dataset.corrections.map((c) => [c.date, c.province, c.metric, c.source, c.from, c.to, c.reason]))),
      ...Object.fromEntries(provinces.map((slug) => [`results/${slug}.csv`, file(resultsCsv(dataset.results.filter((r) => r.province === slug)))])),
    },
    { level: 9 },
  );
}
