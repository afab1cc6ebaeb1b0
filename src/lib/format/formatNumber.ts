// Intl's data for vi-VN is built into Node and browsers, so the output does not depend on the machine's locale.
// Up to six decimals: a figure is shown as the article wrote it, never rounded (0,125% stays 0,125%).
const vi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

/** Formats a number the Vietnamese way: 114924 → "114.924", 2.2 → "2,2". */
export function formatNumber(value: number): string {
  return vi.format(value);
}
