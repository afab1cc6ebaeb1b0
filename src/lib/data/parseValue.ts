/** A value cell read as a number (null when empty), or the reason it cannot be and what to write instead. */
export type ParsedValue = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads the `value` column: a plain number with "." as the decimal point and no thousands separators.
 * Everything else is refused with a message that says what to write, because a silently misread
 * Vietnamese "114.924" (one hundred and fourteen thousand) would be off by a factor of a thousand.
 */
export function parseValue(text: string): ParsedValue {
  if (text === "") return { ok: true, value: null };
  if (text.trim() !== text) return fail(`"${text}" has spaces around it: write ${text.trim()}`);
  if (/^\d+(\.\d+)?$/.test(text)) return { ok: true, value: Number(text) };

  const plain = text.replace(/[\s.,]/g, "");
  if (/^-/.test(text)) return fail(`"${text}" is negative: figures here are counts or shares, write the number the source states`);
  if (/^[<>≈~]/.test(text)) {
    return fail(`"${text}" mixes a sign into the value: write the number alone and put over, nearly or about in the qualifier column`);
  }
  if (/%$/.test(text)) return fail(`"${text}" has a % sign: write ${text.slice(0, -1)}; the unit comes from data/metrics.csv`);
  if (/^\d{1,3}(,\d{3})+$/.test(text)) {
    return fail(`"${text}" uses commas: write ${plain} if the commas separate thousands, or ${Number(text.replace(",", "."))} if the comma is a decimal point`);
  }
  if (/^\d+,\d+$/.test(text)) return fail(`"${text}" has a decimal comma: write ${text.replace(",", ".")} with a point`);
  if (/^\d{1,3}([ \u00A0.]\d{3})+$/.test(text)) {
    return fail(`"${text}" has thousands separators: write ${plain}`);
  }
  return fail(`"${text}" is not a number: write digits only, e.g. 114924 or 2.5`);
}

function fail(message: string): ParsedValue {
  return { ok: false, message };
}
