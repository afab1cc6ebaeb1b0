/** One Vietnamese term, the one English term the English edition uses for it, and wordings it must not use instead. */
export interface GlossaryTerm {
  vi: string;
  en: string;
  /** Other English for the same thing, seen on the site before: refused in the English edition's texts (tests/unit/glossary.test.ts). */
  avoid: readonly string[];
}

/** The English edition's terms for the Vietnamese ones, shown on the method page: one English term per Vietnamese term. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  { vi: "mô hình", en: "model (a local scheme residents run)", avoid: ["initiative", "initiatives"] },
  { vi: "đợt phát động", en: "campaign launch", avoid: ["times the movement was launched", "launch events"] },
  { vi: "lượt người dự", en: "attendance (a person who goes twice counts twice)", avoid: ["participant-turns", "participant turns", "attendances at campaign launches"] },
  { vi: "tự phòng, tự quản", en: "self-prevention, self-management", avoid: ["self-defence, self-management"] },
  { vi: "an toàn về an ninh trật tự", en: "safe for security and order", avoid: ["safe on security"] },
  { vi: "tập thể", en: "group", avoid: ["collective", "collectives"] },
  { vi: "cá nhân", en: "person, people", avoid: ["individuals"] },
  { vi: "bằng khen", en: "certificate of merit", avoid: ["certificate of honour"] },
  { vi: "giấy khen", en: "certificate of commendation", avoid: ["letter of commendation"] },
  { vi: "Ủy ban nhân dân (UBND) tỉnh", en: "provincial People's Committee", avoid: ["provincial people's council"] },
  { vi: "Mặt trận Tổ quốc (MTTQ)", en: "Fatherland Front", avoid: ["Fatherland Committee"] },
  { vi: "tổ hòa giải", en: "mediation group", avoid: ["mediation team"] },
  { vi: "tổ, đội tự quản", en: "self-managed team", avoid: ["self-governing team"] },
  { vi: "cụm an ninh", en: "area security cluster", avoid: ["security zone"] },
  { vi: "hội nghị tổng kết", en: "review conference", avoid: ["summing-up conference"] },
  { vi: "không báo cáo", en: "not reported", avoid: ["unreported"] },
];
