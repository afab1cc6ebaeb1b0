import type { Lang } from "../../i18n/lang.ts";
import { NOT_REPORTED_TEXT } from "../format/formatFigure.ts";
import { metricLabel } from "../format/localText.ts";
import type { Datum } from "./chartModel.ts";

/**
 * Describes bars in one sentence that names every province and value, for screen readers:
 * "Mô hình: Hà Nam 83, Thái Nguyên 28, Bình Thuận 27; không báo cáo: Hà Tĩnh."
 */
export function describeBars(subject: string, data: readonly Datum[], lang: Lang = "vi"): string {
  const stated = data.filter((d) => d.figure).map((d) => `${d.province.name} ${d.label}`);
  const missing = data.filter((d) => !d.figure).map((d) => d.province.name);
  const none = lang === "en" ? "no province reported it" : "không tỉnh nào báo cáo";
  const parts = [`${subject}: ${stated.length ? stated.join(", ") : none}`];
  if (missing.length) parts.push(`${NOT_REPORTED_TEXT[lang]}: ${missing.join(", ")}`);
  return `${parts.join("; ")}.`;
}

/** Describes one province's own figures: "Hà Nam — Đợt cao điểm…: 30; Ổ nhóm…: trên 400." */
export function describeMetrics(subject: string, data: readonly Datum[], lang: Lang = "vi"): string {
  return `${subject}: ${data.map((d) => `${metricLabel(d.metric, lang)} ${d.label}`).join("; ")}.`;
}
