import { NOT_REPORTED_TEXT } from "../format/formatFigure.ts";
import type { Datum } from "./chartModel.ts";

/**
 * Describes bars in one Vietnamese sentence that names every province and value, for screen readers:
 * "Mô hình: Hà Nam 83, Thái Nguyên 28, Bình Thuận 27; không báo cáo: Hà Tĩnh."
 */
export function describeBars(subject: string, data: readonly Datum[]): string {
  const stated = data.filter((d) => d.figure).map((d) => `${d.province.name} ${d.label}`);
  const missing = data.filter((d) => !d.figure).map((d) => d.province.name);
  const parts = [stated.length ? `${subject}: ${stated.join(", ")}` : `${subject}: không tỉnh nào báo cáo`];
  if (missing.length) parts.push(`${NOT_REPORTED_TEXT}: ${missing.join(", ")}`);
  return `${parts.join("; ")}.`;
}

/** Describes one province's own figures: "Hà Nam — Đợt cao điểm…: 30; Ổ nhóm…: trên 400." */
export function describeMetrics(subject: string, data: readonly Datum[]): string {
  return `${subject}: ${data.map((d) => `${d.metric.label_vi} ${d.label}`).join("; ")}.`;
}
