import type { Lang } from "./lang.ts";

/** The sentences around the site's charts, in each language; numbers and names are filled in by site/chartFigures.ts. */
export interface FigureWords {
  tableColumns: [string, string, string];
  modelsTitle: string;
  campaignsTitle: string;
  awardsTitle: string;
  matrixTitle: string;
  mapTitle: string;
  mapLabel: string;
  noBar: (metric: string, value: string) => string;
  ownSubtitle: (count: number, province: string) => string;
  awardsSubtitle: (stated: number, total: number) => string;
  someUnquantified: string;
  awardLevelsNote: string;
  matrixPart: (province: string, stated: number, total: number) => string;
  matrixShared: (shared: number) => string;
  matrixSubtitle: (reported: number, shared: number) => string;
  matrixLegend: [string, string, string];
  matrixNote: string;
  coordinates: (lat: string, lon: string) => string;
  mergedInto: (province: string) => string;
  unchanged: string;
  capital: (name: string, coordinates: string) => string;
  after2025: (what: string) => string;
  mapDescription: (count: number, places: string) => string;
  mapSubtitle: (count: number, north: string, south: string) => string;
  mapNotes: [string, string];
  mapColumns: [string, string, string];
  aroundNote: (province: string, byPlace: boolean, around: number, total: number) => string;
  noneReported: (what: string) => string;
  onlyReported: (province: string, what: string) => string;
  someReported: (stated: number, total: number, what: string, missing: string) => string;
  modelsNotComparable: string;
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
    mapLabel: "Vị trí các tỉnh",
    noBar: (metric, value) => `Không có thanh cho “${metric}”: ${value} (xem bảng số liệu của trang).`,
    ownSubtitle: (count, province) => `${count} chỉ số khác nhau mà nguồn về ${province} nêu; mỗi thanh đếm một thứ riêng, không cộng lại với nhau.`,
    awardsSubtitle: (stated, total) => `${stated} trong ${total} tỉnh có nhắc đến khen thưởng; mỗi cấp khen là một thang riêng, không cộng lại.`,
    someUnquantified: " Có tỉnh chỉ cho biết có trao, không nêu số lượng.",
    awardLevelsNote: "Bằng khen của Chủ tịch UBND tỉnh, bằng khen của Ủy ban MTTQ tỉnh và giấy khen của Giám đốc Công an tỉnh là ba cấp khen khác nhau.",
    matrixPart: (province, stated, total) => `${province} nêu ${stated} trong ${total} chỉ số`,
    matrixShared: (shared) => `. Chỉ ${shared} chỉ số có từ hai tỉnh trở lên cùng nêu.`,
    matrixSubtitle: (reported, shared) => `Trong ${reported} chỉ số có ít nhất một tỉnh nêu, chỉ ${shared} chỉ số có từ hai tỉnh trở lên: phần lớn con số không có gì để so sánh.`,
    matrixLegend: ["có con số", "có, không nêu số lượng", "– không báo cáo"],
    matrixNote: "Trong ô: “>” là trên, “≈” là gần, “~” là khoảng; “có” là nguồn cho biết có nhưng không nêu số lượng.",
    coordinates: (lat, lon) => `${lat}° B, ${lon}° Đ`,
    mergedInto: (province) => `thuộc tỉnh ${province} từ 1/7/2025`,
    unchanged: "giữ nguyên",
    capital: (name, coordinates) => `Tỉnh lỵ: ${name}; ${coordinates}`,
    after2025: (what) => `Sau sắp xếp năm 2025: ${what}`,
    mapDescription: (count, places) => `Bản đồ Việt Nam, có quần đảo Hoàng Sa và quần đảo Trường Sa, đánh dấu ${count} tỉnh: ${places}.`,
    mapSubtitle: (count, north, south) => `${count} tỉnh trải từ ${north} ở phía bắc đến ${south} ở phía nam.`,
    mapNotes: [
      "Mỗi chấm đặt ở vị trí gần đúng của tỉnh lỵ. Bản đồ thể hiện quần đảo Hoàng Sa và quần đảo Trường Sa của Việt Nam.",
      "Ranh giới là của các tỉnh trước khi sắp xếp năm 2025 (Nghị quyết 202/2025/QH15); cột cuối của bảng cho biết mỗi tỉnh thuộc về đâu sau đó.",
    ],
    mapColumns: ["Tỉnh lỵ", "Tọa độ", "Sau năm 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `Biểu đồ chỉ hiện tối đa ${around} tỉnh ${byPlace ? `gần ${province} nhất theo thứ tự bắc–nam (số này không xếp hạng được)` : `đứng quanh ${province} trong thứ hạng`}; đủ ${total} tỉnh ở trang so sánh.`,
    noneReported: (what) => `Không tỉnh nào nêu ${what}.`,
    onlyReported: (province, what) => `Chỉ ${province} nêu ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} trong ${total} tỉnh nêu ${what}${missing ? `; ${missing} không báo cáo` : ""}.`,
    modelsNotComparable: "Không so sánh trực tiếp: mỗi tỉnh đếm một loại mô hình khác nhau.",
  },
  en: {
    tableColumns: ["Figure", "The source's words (Vietnamese)", "Article"],
    modelsTitle: "How many models each province reported",
    campaignsTitle: "Campaign launches and participant-turns",
    awardsTitle: "Awards by who gave them",
    matrixTitle: "What each province reported",
    mapTitle: "The provinces on the map",
    mapLabel: "Where the provinces are",
    noBar: (metric, value) => `No bar for “${metric}”: ${value} (see the table of figures on this page).`,
    ownSubtitle: (count, province) => `${count} different measures that the sources on ${province} give; each bar counts something else, so they do not add up.`,
    awardsSubtitle: (stated, total) => `${stated} of ${total} provinces mention awards; each level is a scale of its own, not to be added together.`,
    someUnquantified: " Some provinces only say awards were given, without a count.",
    awardLevelsNote: "Certificates of merit from the provincial People's Committee chair, from the provincial Fatherland Front committee and from the provincial police director are three different levels of award.",
    matrixPart: (province, stated, total) => `${province} reported ${stated} of ${total} measures`,
    matrixShared: (shared) => `. Only ${shared} measures were reported by two provinces or more.`,
    matrixSubtitle: (reported, shared) => `Of ${reported} measures that at least one province reported, only ${shared} were reported by two or more: most figures have nothing to be compared with.`,
    matrixLegend: ["a number", "yes, no count given", "– not reported"],
    matrixNote: "In the cells: “>” means more than, “≈” nearly, “~” about; “yes” means the source says it happened but gives no count.",
    coordinates: (lat, lon) => `${lat}° N, ${lon}° E`,
    mergedInto: (province) => `in ${province} province from 1 July 2025`,
    unchanged: "unchanged",
    capital: (name, coordinates) => `Provincial capital: ${name}; ${coordinates}`,
    after2025: (what) => `After the 2025 reorganisation: ${what}`,
    mapDescription: (count, places) => `Map of Vietnam, including the Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos, marking ${count} provinces: ${places}.`,
    mapSubtitle: (count, north, south) => `${count} provinces, from ${north} in the north to ${south} in the south.`,
    mapNotes: [
      "Each dot stands at the approximate position of the provincial capital. The map shows Vietnam's Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos.",
      "Boundaries are those of the provinces before the 2025 reorganisation (Resolution 202/2025/QH15); the last column of the table says where each province belongs since.",
    ],
    mapColumns: ["Provincial capital", "Coordinates", "After 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `The chart shows at most ${around} provinces: ${byPlace ? `those nearest to ${province} from north to south (this figure cannot be ranked)` : `those ranked around ${province}`}; all ${total} are on the comparison page.`,
    noneReported: (what) => `No province reported ${what}.`,
    onlyReported: (province, what) => `Only ${province} reported ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} of ${total} provinces reported ${what}${missing ? `; ${missing}: not reported` : ""}.`,
    modelsNotComparable: "Not directly comparable: each province counts a different kind of model.",
  },
};
