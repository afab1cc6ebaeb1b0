import type { AWARD_LEVELS, GROUPS, RECIPIENTS } from "../lib/data/schemas.ts";

/** Vietnamese headings of the metric groups. */
export const GROUP_LABELS: Record<(typeof GROUPS)[number], string> = {
  models: "Mô hình",
  campaigns: "Phát động phong trào",
  organisations: "Tổ chức quần chúng",
  safety: "An toàn về an ninh trật tự",
  awards: "Khen thưởng",
  enforcement: "Kết quả đấu tranh phòng chống tội phạm",
};

/** Vietnamese names of who gives an award. */
export const AWARD_LEVEL_LABELS: Record<(typeof AWARD_LEVELS)[number], string> = {
  ppc_chair: "Bằng khen của Chủ tịch UBND tỉnh",
  vff_committee: "Bằng khen của Ủy ban MTTQ tỉnh",
  police_director: "Giấy khen của Giám đốc Công an tỉnh",
};

/** Vietnamese names of award recipients. */
export const RECIPIENT_LABELS: Record<(typeof RECIPIENTS)[number], string> = {
  collective: "Tập thể",
  individual: "Cá nhân",
};

/** Vietnamese names of the kinds of event the sources report on. */
export const EVENT_KIND_LABELS = {
  review: "Hội nghị tổng kết",
  inspection: "Buổi kiểm tra",
} as const;

/** How the metric dictionary's comparability flag reads. */
export const COMPARABLE_LABELS = {
  yes: "So sánh được: các tỉnh đếm cùng một thứ",
  caution: "Cần thận trọng: mỗi tỉnh định nghĩa khác nhau",
} as const;
