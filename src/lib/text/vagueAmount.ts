/** An amount stated without a number: "hàng nghìn vụ" is thousands of cases, not a count and not merely "yes". */
export type VagueAmount = "tens" | "hundreds" | "thousands" | "tens_of_thousands" | "hundreds_of_thousands" | "millions";

const WORDS: Record<string, VagueAmount> = { chục: "tens", trăm: "hundreds", nghìn: "thousands", ngàn: "thousands", vạn: "tens_of_thousands", triệu: "millions" };

/** The amount a quote gives in words ("hàng nghìn", "hàng trăm", "hàng chục"), or undefined when it gives none. */
export function vagueAmount(quote: string): VagueAmount | undefined {
  // "hàng" as a quantity, not the noun of "ngân hàng" (bank), "mặt hàng" (goods) or "cửa hàng" (shop).
  const m = /(?:^|[^\p{L}])(?<!(?:ngân|mặt|cửa)\s)hàng\s+(chục|trăm|nghìn|ngàn|vạn|triệu)(?:\s+(nghìn|ngàn))?(?![\p{L}])/iu.exec(quote.normalize("NFC"));
  if (!m) return undefined;
  // "hàng chục nghìn", "hàng trăm nghìn": the multiplier after the first word counts.
  const [first, then] = [m[1]!.toLowerCase(), m[2]?.toLowerCase()];
  if (then) return first === "chục" ? "tens_of_thousands" : first === "trăm" ? "hundreds_of_thousands" : WORDS[first];
  return WORDS[first];
}
