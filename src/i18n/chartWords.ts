import type { Lang } from "./lang.ts";

/** The few words charts draw or announce themselves, in each language; everything else comes in with the data. */
export const CHART_WORDS: Record<Lang, { seeSource: string; seeDetails: string; pickBar: string; pickCell: string; pickProvince: string; vietnam: string; archipelagos: [string, string] }> = {
  vi: {
    seeSource: "Xem nguồn.",
    seeDetails: "Xem chi tiết.",
    pickBar: "chọn một thanh để xem nguồn",
    pickCell: "chọn một ô để xem nguồn",
    pickProvince: "chọn một tỉnh",
    vietnam: "(Việt Nam)",
    archipelagos: ["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"],
  },
  en: {
    seeSource: "See the source.",
    seeDetails: "See details.",
    pickBar: "choose a bar to see its source",
    pickCell: "choose a cell to see its source",
    pickProvince: "choose a province",
    vietnam: "(Vietnam)",
    archipelagos: ["Hoàng Sa (Paracel) Islands", "Trường Sa (Spratly) Islands"],
  },
};
