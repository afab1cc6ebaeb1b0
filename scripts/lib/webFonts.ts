/** The site's web font files: which weight, cut from which TTF of @expo-google-fonts/be-vietnam-pro. */
export const WEB_FONTS = [
  { weight: 400, ttf: "400Regular/BeVietnamPro_400Regular.ttf", file: "be-vietnam-pro-400.woff2" },
  { weight: 700, ttf: "700Bold/BeVietnamPro_700Bold.ttf", file: "be-vietnam-pro-700.woff2" },
] as const;

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * Every character the fonts keep: printable ASCII, the Latin-1 letters Vietnamese uses (à, é, ô…) and a few signs, the Vietnamese letters
 * (ă đ ĩ ũ ơ ư and the precomposed tones U+1EA0–U+1EF9), combining tone marks, and the punctuation the pages set
 * (dashes, curly quotes, ellipsis, middle dot, minus, arrows, non-breaking and thin spaces).
 */
export const FONT_TEXT =
  range(0x20, 0x7e) +
  "\u00a0«°·»×ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý" +
  "ĂăĐđĨĩŨũƠơƯư" +
  range(0x1ea0, 0x1ef9) +
  "\u0300\u0301\u0303\u0309\u0323" +
  "–—‘’“”…•·−→←↑↓€₫\u2009\u202f";
