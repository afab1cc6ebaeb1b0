/** Word multipliers Vietnamese articles put after a number: "613 ngàn", "10 tỷ", "1,5 triệu". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  "nghìn": 1e3,
  "ngàn": 1e3,
  "triệu": 1e6,
  "tỷ": 1e9,
  "tỉ": 1e9,
};

/** Small numbers written as words, read only when a counted thing follows ("hai mô hình"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  "hai": 2,
  "ba": 3,
  "bốn": 4,
  "năm": 5,
  "sáu": 6,
  "bảy": 7,
  "tám": 8,
  "chín": 9,
  "mười": 10,
};

/**
 * Reads a number as a Vietnamese article writes it: "." groups thousands ("114.924" is 114924) and ","
 * marks decimals ("2,2" is 2.2); an optional word multiplier scales it ("613 ngàn" is 613000).
 */
export function readNumber(token: string, multiplier?: string): number {
  const value = Number(token.replaceAll(".", "").replace(",", "."));
  const scale = multiplier ? (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : 1;
  // Multiply in integers where possible so 1,5 triệu is exactly 1500000.
  return Math.round(value * scale * 1e6) / 1e6;
}
