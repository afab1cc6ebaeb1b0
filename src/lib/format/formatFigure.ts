import type { Qualifier } from "../data/qualifiers.ts";
import { formatNumber } from "./formatNumber.ts";

/** What a reader sees in place of a number the source gave no count for. */
export const UNQUANTIFIED_TEXT = "có, không nêu số lượng";
/** What a reader sees where a province did not report a metric at all. */
export const NOT_REPORTED_TEXT = "không báo cáo";

/** The Vietnamese word a qualifier puts before a number ("trên ", "gần ", "khoảng "; nothing when exact). */
export const QUALIFIER_PREFIX: Record<Exclude<Qualifier, "unquantified">, string> = {
  exact: "",
  over: "trên ",
  nearly: "gần ",
  about: "khoảng ",
};

/** Formats a figure with its qualifier in Vietnamese: "trên 114.924", "gần 3.300", "trên 95%". */
export function formatFigure(figure: { value: number | null; qualifier: Qualifier }, unit: "count" | "percent"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return UNQUANTIFIED_TEXT;
  return `${QUALIFIER_PREFIX[figure.qualifier]}${formatNumber(figure.value)}${unit === "percent" ? "%" : ""}`;
}

/** How each qualifier reads, for legends and the method page. */
export const QUALIFIER_MEANINGS: Record<Qualifier, { label: string; meaning: string }> = {
  exact: { label: "chính xác", meaning: "Nguồn nêu đúng con số này." },
  over: { label: "trên", meaning: "Nguồn viết “trên” hoặc “hơn”: con số thật lớn hơn con số được nêu, không rõ lớn hơn bao nhiêu." },
  nearly: { label: "gần", meaning: "Nguồn viết “gần”: con số thật nhỏ hơn một chút so với con số được nêu." },
  about: { label: "khoảng", meaning: "Nguồn viết “khoảng” hoặc “xấp xỉ”: con số ước lượng, có thể lớn hơn hoặc nhỏ hơn." },
  unquantified: { label: "không nêu số lượng", meaning: "Nguồn cho biết việc đó có diễn ra (ví dụ có trao khen thưởng, hay “hàng nghìn vụ”) nhưng không đưa ra con số. Trang này không bao giờ ghi số 0 thay cho điều đó." },
};

/** A figure in few characters for dense charts: ">366", "≈3.300", "~50", "95%"; "có" when given without a count. */
export function formatCompact(figure: { value: number | null; qualifier: Qualifier }, unit: "count" | "percent"): string {
  if (figure.qualifier === "unquantified" || figure.value === null) return "có";
  const sign = { exact: "", over: ">", nearly: "≈", about: "~" }[figure.qualifier];
  return `${sign}${formatNumber(figure.value)}${unit === "percent" ? "%" : ""}`;
}
