import type { AWARD_LEVELS, EVENT_KINDS, GROUPS, RECIPIENTS } from "../lib/data/schemas.ts";
import type { Lang } from "./lang.ts";

/** Headings of the metric groups. */
export const GROUP_LABELS: Record<Lang, Record<(typeof GROUPS)[number], string>> = {
  vi: {
    models: "Mô hình",
    campaigns: "Phát động phong trào",
    organisations: "Tổ chức quần chúng",
    safety: "An toàn về an ninh trật tự",
    awards: "Khen thưởng",
    enforcement: "Kết quả đấu tranh phòng chống tội phạm",
  },
  en: {
    models: "Models",
    campaigns: "Campaigns",
    organisations: "Mass organisations",
    safety: "Security and order standards",
    awards: "Awards",
    enforcement: "Results against crime",
  },
};

/** Names of who gives an award. */
export const AWARD_LEVEL_LABELS: Record<Lang, Record<(typeof AWARD_LEVELS)[number], string>> = {
  vi: {
    ppc_chair: "Bằng khen của Chủ tịch UBND tỉnh",
    vff_committee: "Bằng khen của Ủy ban MTTQ tỉnh",
    police_director: "Giấy khen của Giám đốc Công an tỉnh",
  },
  en: {
    ppc_chair: "Certificates of merit from the provincial People's Committee chair",
    vff_committee: "Certificates of merit from the provincial Fatherland Front committee",
    police_director: "Certificates of commendation from the provincial police director",
  },
};

/** Names of award recipients. */
export const RECIPIENT_LABELS: Record<Lang, Record<(typeof RECIPIENTS)[number], string>> = {
  vi: { collective: "Tập thể", individual: "Cá nhân" },
  en: { collective: "Collectives", individual: "Individuals" },
};

/** Names of the kinds of event the sources report on. */
export const EVENT_KIND_LABELS: Record<Lang, Record<(typeof EVENT_KINDS)[number], string>> = {
  vi: { review: "Hội nghị tổng kết", inspection: "Buổi kiểm tra" },
  en: { review: "Review conference", inspection: "Inspection visit" },
};

/** How the metric dictionary's comparability flag reads. */
export const COMPARABLE_LABELS: Record<Lang, Record<"yes" | "caution", string>> = {
  vi: { yes: "So sánh được: các tỉnh đếm cùng một thứ", caution: "Cần thận trọng: mỗi tỉnh định nghĩa khác nhau" },
  en: { yes: "Comparable: every province counts the same thing", caution: "Caution: each province defines it differently" },
};
