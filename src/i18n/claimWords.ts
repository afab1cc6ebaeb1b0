import type { Lang } from "./lang.ts";

/**
 * The words of claims computed from the data ("chỉ Hà Tĩnh", "cả bốn tỉnh", "1 of 4 provinces"), in each
 * language, with grammar that holds for none, one, two, a few, some and all. The lead folds these into the
 * per-language dictionaries.
 */
export interface ClaimWords {
  /** Who reported something: "chỉ Hà Tĩnh", "Hà Nam và Hà Tĩnh", "cả bốn tỉnh", "5 trong 7 tỉnh", "không tỉnh nào". */
  reporters: (names: readonly string[], total: number, others: boolean) => string;
  /** How many reported it, always as a count: "1 trong 4 tỉnh", "cả bốn tỉnh", "không tỉnh nào". */
  reporterCount: (count: number, total: number, others: boolean) => string;
  /** How many provinces there are: "bốn tỉnh", "ba tỉnh còn lại"; "four provinces", "three other provinces". */
  provinceCount: (total: number, others: boolean) => string;
}

// Up to this many names are listed; more read as a count ("5 trong 7 tỉnh").
const MAX_NAMES = 3;

const VI_NUMBERS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const EN_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A small count in words (up to ten), larger ones in digits, as both languages' style guides write them. */
const inWords = (words: readonly string[], n: number) => words[n] ?? String(n);

/** "A, B và C". */
const viList = (names: readonly string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`);
/** "A, B and C" (no serial comma, as the English edition writes lists). */
const enList = (names: readonly string[]) => new Intl.ListFormat("en-GB").format(names);

const vi: ClaimWords = {
  reporters: (names, total, others) => {
    const n = names.length;
    if (n === 0) return others ? "không tỉnh nào khác" : "không tỉnh nào";
    if (n === total && total >= 2) return vi.reporterCount(n, total, others);
    if (n === 1) return `chỉ ${names[0]}`;
    if (n <= MAX_NAMES) return viList(names);
    return vi.reporterCount(n, total, others);
  },
  reporterCount: (count, total, others) => {
    if (count === 0) return others ? "không tỉnh nào khác" : "không tỉnh nào";
    if (count === total && total >= 2) return `cả ${vi.provinceCount(total, others)}`;
    if (count === total) return others ? "tỉnh còn lại" : "tỉnh duy nhất";
    return `${count} trong ${total} tỉnh${others ? " còn lại" : ""}`;
  },
  provinceCount: (total, others) => `${inWords(VI_NUMBERS, total)} tỉnh${others ? " còn lại" : ""}`,
};

const en: ClaimWords = {
  reporters: (names, total, others) => {
    const n = names.length;
    if (n === 0) return others ? "no other province" : "no province";
    if (n === total && total >= 2) return en.reporterCount(n, total, others);
    if (n === 1) return `only ${names[0]}`;
    if (n <= MAX_NAMES) return enList(names);
    return en.reporterCount(n, total, others);
  },
  reporterCount: (count, total, others) => {
    if (count === 0) return others ? "no other province" : "no province";
    if (count === total && total === 2) return others ? "both other provinces" : "both provinces";
    if (count === total && total > 2) return `all ${en.provinceCount(total, others)}`;
    if (count === total) return others ? "the one other province" : "the one province";
    return `${count} of ${total}${others ? " other" : ""} provinces`;
  },
  provinceCount: (total, others) => `${inWords(EN_NUMBERS, total)}${others ? " other" : ""} province${total === 1 ? "" : "s"}`,
};

/** Claim words by language. */
export const CLAIM_WORDS: Record<Lang, ClaimWords> = { vi, en };

/** The text with its first letter in capitals, for a claim that opens a sentence ("Chỉ Hà Tĩnh…", "Only Hà Tĩnh…"). */
export const sentenceStart = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
