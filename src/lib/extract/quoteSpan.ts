import { numberAt, numbersIn } from "../text/numbers.ts";
import { readFigure } from "../text/readFigure.ts";
import { phraseEnd } from "./phraseEnd.ts";

/**
 * The span of an article that states a figure whose number (or "nhiều", "hàng nghìn") stands at `start`–`end`:
 * the number with its bound words, what it counts and the words that qualify it, to the end of its clause, and
 * nothing after ("828 cơ quan, doanh nghiệp, trường học"; "trên 366 đợt phát động phong trào … trở lên"). It
 * holds all that the figure's reading (readFigure, as check reads it) says a quote must, and cuts no other number
 * in two. Returns offsets into the text, so the quote is an exact substring an editor can find with Ctrl-F.
 */
export function quoteSpan(text: string, start: number, end: number): { start: number; end: number } {
  const all = numbersIn(text);
  const reading = readFigure(text, start, all);
  let from = reading ? Math.min(start, reading.span.start) : start;
  // "đạt" (reaching) right before the number is read with it, as a bound is: "đạt 100% số xã, thị trấn".
  const reached = /(?:^|[^\p{L}])(đạt\s+)$/iu.exec(text.slice(Math.max(0, from - 8), from));
  if (reached) from -= reached[1]!.length;
  let to = Math.max(phraseEnd(text, end), reading ? reading.span.end : end);
  to = Math.max(to, awardedEnd(text, end, to));
  // The edges may not cut a number in two (a range's other end was taken whole by the reading).
  const cutAtStart = numberAt(text, from, all);
  if (cutAtStart && cutAtStart.start < from) from = cutAtStart.start;
  const cutAtEnd = numberAt(text, to - 1, all);
  if (cutAtEnd && cutAtEnd.end > to) to = cutAtEnd.end;
  while (/\s/.test(text[from] ?? "")) from++;
  while (to > from && /[\s,;:…]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

// Who received awards, and the giver they were awarded by further on in their clause: "27 cá nhân có thành tích
// xuất sắc trong 10 năm … được Chủ tịch UBND tỉnh tặng Bằng khen" is quoted to the award, past the time in between.
const RECIPIENT = /^\s*(?:tập thể|cá nhân)(?![\p{L}])/iu;
const AWARDED = /^[^.;!?\n]*?(?<![\p{L}])được\s+[^.;!?\n]*?(?:trao tặng|tặng|trao|khen thưởng)(?:\s+(?:bằng khen|giấy khen|danh hiệu|kỷ niệm chương))?(?![\p{L}])/iu;
// Another recipient with its own number in between: "18 tập thể, 27 cá nhân … được … tặng" quotes "18 tập thể".
const OTHER_RECIPIENT = /(?:\d|nhiều|các)\s*(?:tập thể|cá nhân)|,\s*\d/iu;

/** Where the award a recipient count's clause says it received ends, or `to` when there is none further on. */
function awardedEnd(text: string, end: number, to: number): number {
  if (!RECIPIENT.test(text.slice(end, end + 12))) return to;
  const m = AWARDED.exec(text.slice(to));
  if (!m || OTHER_RECIPIENT.test(text.slice(end, to + m[0].length).replace(RECIPIENT, ""))) return to;
  return to + m[0].length;
}
