/** Word multipliers Vietnamese articles put after a number: "613 ngàn", "10 tỷ", "1,5 triệu", "2 vạn". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  "nghìn": 1e3,
  "ngàn": 1e3,
  "vạn": 1e4,
  "triệu": 1e6,
  "tỷ": 1e9,
  "tỉ": 1e9,
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
