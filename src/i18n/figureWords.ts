import type { Lang } from "./lang.ts";

/** The sentences around the site's charts, in each language; numbers and names are filled in by src/figures/. */
export interface FigureWords {
  tableColumns: [string, string, string];
  modelsTitle: string;
  campaignsTitle: string;
  awardsTitle: string;
  matrixTitle: string;
  mapTitle: string;
  groupTitle: (province: string, group: string) => string;
  /** "Hà Nam 83, Thái Nguyên 28 …: each counts a different kind of model." */
  differingSubtitle: (stated: string, missing: string) => string;
  groupSubtitle: (count: number, province: string) => string;
  groupOne: (province: string) => string;
  awardsSubtitle: (stated: number, total: number, counted: number) => string;
  awardLevelsNote: string;
  matrixSubtitle: (measures: number, shared: number, differing: number) => string;
  matrixDescription: (parts: string, shared: string) => string;
  /** The annotation on a measure with numbers from more than one province. */
  matrixSharedNote: (shared: number, differing: boolean) => string;
  matrixPart: (province: string, stated: number, total: number) => string;
  matrixLegend: [string, string, string];
  matrixNote: string;
  coordinates: (lat: string, lon: string) => string;
  mergedInto: (province: string) => string;
  unchanged: string;
  capital: (name: string, coordinates: string) => string;
  after2025: (what: string) => string;
  measuresReported: (count: number) => string;
  mapDescription: (count: number, places: string) => string;
  mapSubtitle: (count: number, most: string, mostCount: number, least: string, leastCount: number) => string;
  mapNote: string;
  mapColumns: [string, string, string, string];
  aroundNote: (province: string, byPlace: boolean, around: number, total: number) => string;
  noneReported: (what: string) => string;
  onlyReported: (province: string, what: string) => string;
  someReported: (stated: number, total: number, what: string, missing: string) => string;
  separateScales: string;
  /** Joins two measures in a sentence: " và ", " and ". */
  and: string;
  /** The footer: the disclosure's summary, the definitions link, copy link. */
  dataAndSharing: string;
  definitions: string;
  copyLink: string;
}

/** Every chart sentence in Vietnamese and in English. */
export const FIGURE_WORDS: Record<Lang, FigureWords> = {
  vi: {
    tableColumns: ["Số liệu", "Nguồn viết", "Bài báo"],
    modelsTitle: "Số mô hình mỗi tỉnh nêu",
    campaignsTitle: "Đợt phát động và lượt người tham gia",
    awardsTitle: "Khen thưởng theo cấp khen",
    matrixTitle: "Mỗi tỉnh báo cáo gì",
    mapTitle: "Các tỉnh trên bản đồ",
    groupTitle: (province, group) => `${province}: ${group.toLocaleLowerCase("vi")}`,
    differingSubtitle: (stated, missing) => `${stated} — nhưng mỗi tỉnh đếm theo cách riêng nên các con số không so sánh được với nhau${missing ? `; ${missing} không báo cáo` : ""}.`,
    groupSubtitle: (count, province) => `${count} con số nguồn về ${province} nêu; mỗi con số đếm một thứ riêng nên được liệt kê, không đặt chung một thang.`,
    groupOne: (province) => `Nguồn về ${province} chỉ nêu một con số ở mục này.`,
    awardsSubtitle: (stated, total, counted) =>
      `${stated} trong ${total} tỉnh có nhắc đến khen thưởng; ${counted === 0 ? "không tỉnh nào nêu số lượng" : `${counted} tỉnh nêu số lượng`}. Tập thể và cá nhân được vẽ cạnh nhau, không cộng lại.`,
    awardLevelsNote: "Mỗi cấp khen là một biểu đồ riêng: bằng khen của Chủ tịch UBND tỉnh, bằng khen của Ủy ban MTTQ tỉnh và giấy khen của Giám đốc Công an tỉnh không cộng lại với nhau.",
    matrixSubtitle: (measures, shared, differing) =>
      shared === 0
        ? `Trong ${measures} chỉ số, không chỉ số nào có con số từ hơn một tỉnh: các tỉnh gần như không báo cáo điều gì chung.`
        : `Trong ${measures} chỉ số, chỉ ${shared} chỉ số có con số từ hơn một tỉnh${differing === shared ? (shared === 1 ? ", và mỗi tỉnh đếm chỉ số đó theo cách riêng" : ", và mỗi tỉnh đếm chúng theo cách riêng") : ""}: các tỉnh gần như không báo cáo điều gì chung.`,
    matrixDescription: (parts, shared) => `${parts}. Chỉ số có con số từ hơn một tỉnh: ${shared}.`,
    matrixPart: (province, stated, total) => `${province} nêu ${stated} trong ${total} chỉ số`,
    matrixSharedNote: (shared, differing) => `${shared === 1 ? "Chỉ số duy nhất" : "Một trong số ít chỉ số"} có con số từ hơn một tỉnh${differing ? ", nhưng mỗi tỉnh đếm một cách" : ""}`,
    matrixLegend: ["có con số", "có, không nêu số lượng", "không báo cáo"],
    matrixNote: "Trong ô: “>” là trên, “≈” là gần, “~” là khoảng; “có” là nguồn cho biết có nhưng không nêu số lượng; “–” là không báo cáo.",
    coordinates: (lat, lon) => `${lat}° B, ${lon}° Đ`,
    mergedInto: (province) => `thuộc tỉnh ${province} từ 1/7/2025`,
    unchanged: "giữ nguyên",
    capital: (name, coordinates) => `Tỉnh lỵ: ${name}; ${coordinates}`,
    after2025: (what) => `Sau sắp xếp năm 2025: ${what}`,
    measuresReported: (count) => `${count} chỉ số được báo cáo`,
    mapDescription: (count, places) => `Bản đồ Việt Nam, có quần đảo Hoàng Sa và Trường Sa, đánh dấu ${count} tỉnh; chấm càng lớn, tỉnh càng báo cáo nhiều chỉ số: ${places}.`,
    mapSubtitle: (count, most, mostCount, least, leastCount) =>
      `Trang này có ${count} tỉnh; ${most} báo cáo nhiều chỉ số nhất (${mostCount}), ${least} ít nhất (${leastCount}).`,
    mapNote: "Mỗi chấm đặt ở vị trí gần đúng của tỉnh lỵ, to theo số chỉ số tỉnh báo cáo; chọn một chấm để mở trang của tỉnh. Bản đồ không vẽ ranh giới tỉnh.",
    mapColumns: ["Chỉ số được báo cáo", "Tỉnh lỵ", "Tọa độ", "Sau năm 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `Biểu đồ chỉ hiện tối đa ${around} tỉnh: ${byPlace ? `các tỉnh gần ${province} nhất theo thứ tự bắc – nam (chỉ số này không xếp hạng được)` : `các tỉnh xếp hạng quanh ${province}`}; trang so sánh có đủ ${total} tỉnh.`,
    noneReported: (what) => `Không tỉnh nào nêu ${what}.`,
    onlyReported: (province, what) => `Chỉ ${province} nêu ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} trong ${total} tỉnh nêu ${what}${missing ? `; ${missing} không báo cáo` : ""}.`,
    separateScales: "Mỗi chỉ số một biểu đồ, mỗi biểu đồ một thang riêng.",
    and: " và ",
    dataAndSharing: "Dữ liệu và chia sẻ",
    definitions: "Định nghĩa các chỉ số",
    copyLink: "Sao chép liên kết",
  },
  en: {
    tableColumns: ["Figure", "The source's words (Vietnamese)", "Article"],
    modelsTitle: "How many models each province reported",
    campaignsTitle: "Campaign launches and attendance",
    awardsTitle: "Awards by who gave them",
    matrixTitle: "What each province reported",
    mapTitle: "The provinces on the map",
    groupTitle: (province, group) => `${province}: ${group.toLocaleLowerCase("en")}`,
    differingSubtitle: (stated, missing) => `${stated} — but each province counts its own way, so the numbers cannot be compared${missing ? `; ${missing}: not reported` : ""}.`,
    groupSubtitle: (count, province) => `${count} figures the sources on ${province} give; each counts something different, so they are listed, not put on one scale.`,
    groupOne: (province) => `The sources on ${province} give only one figure here.`,
    awardsSubtitle: (stated, total, counted) =>
      `${stated} of ${total} provinces mention awards; ${counted === 0 ? "none gives a count" : `${counted} give counts`}. Groups and individuals are drawn side by side, not added up.`,
    awardLevelsNote: "Each level of award is a chart of its own: certificates from the provincial People's Committee chair, from the provincial Fatherland Front and commendations from the provincial police director do not add up.",
    matrixSubtitle: (measures, shared, differing) =>
      shared === 0
        ? `Of ${measures} measures, none has numbers from more than one province: the provinces reported almost nothing in common.`
        : `Of ${measures} measures, only ${shared} ${shared === 1 ? "has" : "have"} numbers from more than one province${differing === shared ? (shared === 1 ? ", and each province counts that one its own way" : ", and each province counts them its own way") : ""}: the provinces reported almost nothing in common.`,
    matrixDescription: (parts, shared) => `${parts}. Measures with numbers from more than one province: ${shared}.`,
    matrixPart: (province, stated, total) => `${province} reported ${stated} of ${total} measures`,
    matrixSharedNote: (shared, differing) => `${shared === 1 ? "The only measure" : "One of the few measures"} with numbers from more than one province${differing ? ", but each counts its own way" : ""}`,
    matrixLegend: ["a number", "yes, no count given", "not reported"],
    matrixNote: "In the cells: “>” means more than, “≈” nearly, “~” about; “yes” means the source says it happened but gives no count; “–” means not reported.",
    coordinates: (lat, lon) => `${lat}° N, ${lon}° E`,
    mergedInto: (province) => `in ${province} province from 1 July 2025`,
    unchanged: "unchanged",
    capital: (name, coordinates) => `Provincial capital: ${name}; ${coordinates}`,
    after2025: (what) => `After the 2025 reorganisation: ${what}`,
    measuresReported: (count) => `${count} ${count === 1 ? "measure" : "measures"} reported`,
    mapDescription: (count, places) => `Map of Vietnam, including the Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos, marking ${count} provinces; the larger the dot, the more measures the province reported: ${places}.`,
    mapSubtitle: (count, most, mostCount, least, leastCount) => `The site covers ${count} provinces; ${most} reported the most measures (${mostCount}), ${least} the fewest (${leastCount}).`,
    mapNote: "Each dot stands at the approximate position of the provincial capital, sized by how many measures the province reported; choose a dot to open the province's page. The map draws no provincial boundaries.",
    mapColumns: ["Measures reported", "Provincial capital", "Coordinates", "After 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `The chart shows at most ${around} provinces: ${byPlace ? `those nearest to ${province} from north to south (this figure cannot be ranked)` : `those ranked around ${province}`}; all ${total} are on the comparison page.`,
    noneReported: (what) => `No province reported ${what}.`,
    onlyReported: (province, what) => `Only ${province} reported ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} of ${total} provinces reported ${what}${missing ? `; ${missing}: not reported` : ""}.`,
    separateScales: "One chart per measure, each with a scale of its own.",
    and: " and ",
    dataAndSharing: "Data and sharing",
    definitions: "What each measure counts",
    copyLink: "Copy link",
  },
};
