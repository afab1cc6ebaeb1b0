/**
 * Writes rows as RFC 4180 CSV. For readers' downloads a text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets an apostrophe in front, so a download can never
 * execute; rows for editors (guardFormulas: false) keep every character, so quotes stay exact.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  { guardFormulas = true }: { guardFormulas?: boolean } = {},
): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const safe = guardFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
