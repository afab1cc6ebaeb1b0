// What may stand right before a number that is not a figure: dates, document and programme numbers, ordinals,
// terms, legal articles, addresses and picture numbers ("ảnh 1").
const NOT_AFTER = /(?:^|[^\p{L}])((?<!tổng |theo |với )số(?! lượng)|ngày|tháng|khóa|khoá|kỳ|kì|thứ|điều|khoản|điểm|mục|chương|phần|ảnh|hình|quyết định|nghị quyết|nghị định|chỉ thị|kế hoạch|thông tư|chương trình|chương trình phối hợp|công văn|tờ trình|quốc lộ|tỉnh lộ|phường|quận|tổ dân phố|lúc|khoảng năm|đợt thứ|lần thứ|giai đoạn|nhiệm kỳ)\s*$/iu;
// What may follow a number that makes it a duration, an age, a time, a date or part of a name.
const NOT_BEFORE = /^(\s*(năm|tháng|ngày(?! công)|tuần|giờ|phút|giây|tuổi|thế kỷ)(?![\p{L}])|h\d|[/:\-–]\s?\d|\.\d|\/\p{L}|\+\s?\d|\s*[-–—]\s*(19|20)\d\d)/iu;
// A number that names a thing, right after its noun: "Ban Chỉ đạo 138", "thôn 3", "mốc số 186", "tổ 5".
const LABEL_AFTER = /(?:^|[^\p{L}])(?:ban chỉ đạo|thôn|xóm|ấp|bản|khu|tổ|đội|mốc|cột mốc|lô|km|kilômét|đồn)\s*$/iu;
// Where something happened, not what was done: "nhất là tại 7 huyện miền núi" counts no result.
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:tại|ở)\s*$/iu;
// The two signatories of Program 09, as its articles name them: "hai cơ quan", "2 ngành", "hai lực lượng".
const PARTIES = /^\s*(cơ quan|đơn vị|ngành|lực lượng|bên)(?![\p{L}])/iu;
// "giữa 2 lực lượng", "giữa hai đơn vị": between the parties, never a count.
const BETWEEN = /(?:^|[^\p{L}])giữa\s*$/iu;

/**
 * Whether the number written at `start`–`end` (digits or words, without its unit) is no result: a date, year,
 * period, duration, document or programme number, name or time, a number inside a short quoted name (“3 không”),
 * or the two parties of the programme ("giữa 2 lực lượng", "hai đơn vị"). `counted` tells whether the words after
 * a year-like number name something counted ("2000 người" is a figure).
 */
export function notAFigure(text: string, start: number, end: number, counted: (after: string) => boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const token = text.slice(start, end);
  if (NOT_AFTER.test(before) || NOT_BEFORE.test(after)) return true;
  if (/[“"]\s*$/.test(before) && /^[^”"\n]{0,25}[”"]/.test(after)) return true;
  // Years: 1900–2099 written without separators, unless a counted thing follows ("2000 người").
  if (/^(19|20)\d\d$/.test(token) && (!counted(after) || /[-–—(]\s*$/.test(before))) return true;
  if (BETWEEN.test(before) || LABEL_AFTER.test(before)) return true;
  // A share is a figure wherever it is: "bố trí công an chính quy tại 100% xã".
  if (PLACE_BEFORE.test(before) && !/^\s?%|^\s*phần trăm/iu.test(after) && !counted(after)) return true;
  return /^(2|hai)$/iu.test(token) && PARTIES.test(after);
}
