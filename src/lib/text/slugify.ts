/**
 * The URL slug of a Vietnamese name: diacritics removed, "đ" written "d" (it is a letter of its own, not an
 * accent, so Unicode decomposition keeps it), lower case, words joined by "-". "Quảng Ninh" → "quang-ninh".
 */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
