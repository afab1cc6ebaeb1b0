// Comparative and superlative words, one list per language: the claims a new province can make false, which a
// story must leave to the components that compute them. A list holds phrases, not single common words ("chỉ",
// "hơn", "most" alone say nothing about provinces): each is a comparison of provinces or a ranking.

const VI_NUM = "(?:\\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
const EN_NUM = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
// Two or more, for a total ("bốn tỉnh"): "năm" after a number is a year ("mười năm tỉnh đã…").
const VI_MANY = "(?:\\d+|hai|ba|bốn|(?<!(?:\\d|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s)năm|sáu|bảy|tám|chín|mười)";
const EN_MANY = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)";
const PROVINCES_VI = "(?:các|những|mọi|cả|hai|ba|bốn|năm|\\d+)\\s+(?:tỉnh|địa phương)";

/** Which component computes a kind of claim, for the message. */
export const INSTEAD = {
  reporters: 'write <Reporters metric="…" /> instead (it renders "chỉ Hà Tĩnh", "only Hà Tĩnh" or "cả năm tỉnh" from the data and stays true when a province is added)',
  count: 'write <ReporterCount metric="…" /> instead (it renders "1 trong 4 tỉnh", "1 of 4 provinces" from the data)',
  total: 'write <ProvinceCount /> instead (it renders "bốn tỉnh", "four provinces" from the data; add others for "ba tỉnh còn lại")',
  ranking: 'a ranking or a ratio between provinces is not computed by any component: say what each province reported with <Fig metric="…" province="…" /> and let the reader compare (the comparison charts, <Chart compare="…" />, draw them side by side), or name who reported it with <Reporters metric="…" />',
} as const;
const OR_REWORD = "; if the sentence compares no provinces, reword it";

/** One hand-written claim: a pattern (given the province names as an alternation) and what to write instead. */
export type ClaimWord = (names: string) => [RegExp, string];

const vi = (source: string, hint: string): ClaimWord => () => [new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}])`, "giu"), hint];
const en = (source: string, hint: string): ClaimWord => () => [new RegExp(`\\b(?:${source})\\b`, "giu"), hint];

/** Vietnamese comparisons and superlatives. */
export const VI_CLAIMS: readonly ClaimWord[] = [
  vi(`${VI_NUM}\\s+trong\\s+(?:số\\s+)?${VI_NUM}\\s+tỉnh`, INSTEAD.count),
  vi(`(?:cả|tất cả|toàn bộ)\\s+(?:các|${VI_NUM})\\s+tỉnh`, INSTEAD.reporters),
  vi("duy nhất", INSTEAD.reporters + OR_REWORD),
  (names) => [new RegExp(`(?<![\\p{L}])chỉ\\s+(?:có\\s+)?(?:tỉnh(?![\\p{L}])|${names})`, "giu"), INSTEAD.reporters],
  vi("không\\s+(?:có\\s+)?tỉnh\\s+nào|tỉnh\\s+nào\\s+khác|các\\s+tỉnh\\s+khác\\s+đều", INSTEAD.reporters),
  // Superlatives and rankings: "nhiều nhất cả nước", "đứng đầu các tỉnh", "dẫn đầu".
  vi("(?:nhiều|cao|lớn|đông|thấp|nhỏ|ít)\\s+nhất\\s+(?:cả\\s+nước|toàn\\s+quốc|nước|vùng|khu\\s+vực|trong\\s+(?:số\\s+)?" + PROVINCES_VI + "|" + PROVINCES_VI + ")", INSTEAD.ranking),
  vi("nhiều\\s+nhất|cao\\s+nhất|lớn\\s+nhất|đông\\s+nhất|thấp\\s+nhất|nhỏ\\s+nhất", INSTEAD.ranking + OR_REWORD),
  vi("đứng\\s+(?:đầu|thứ\\s+(?:nhất|nhì|hai|ba|tư|\\d+))|dẫn\\s+đầu|xếp\\s+(?:thứ\\s+(?:nhất|nhì|hai|ba|tư|\\d+)|hạng\\s+(?:nhất|nhì|cao|đầu|\\d+)|đầu)|hàng\\s+đầu\\s+(?:cả\\s+nước|các\\s+tỉnh)|top\\s+đầu", INSTEAD.ranking),
  // Ratios and comparisons with other provinces: "gấp ba lần", "gấp đôi", "hơn hẳn các tỉnh".
  vi(`gấp\\s+(?:đôi|rưỡi|${VI_NUM}(?:\\s+lần)?|nhiều\\s+lần)`, INSTEAD.ranking),
  vi(`(?:nhiều|ít|cao|thấp|lớn|nhỏ|vượt|kém)\\s+(?:hơn\\s+(?:hẳn\\s+)?|xa\\s+)${PROVINCES_VI}|hơn\\s+hẳn|vượt\\s+xa|vượt\\s+trội|bỏ\\s+xa|kém\\s+xa|thua\\s+xa`, INSTEAD.ranking),
  (names) => [new RegExp(`(?<![\\p{L}])so\\s+với\\s+(?:${PROVINCES_VI}|${names})`, "giu"), INSTEAD.ranking],
  vi(`${VI_MANY}\\s+tỉnh`, INSTEAD.total),
];

/** English comparisons and superlatives. */
export const EN_CLAIMS: readonly ClaimWord[] = [
  en(`${EN_NUM}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${EN_NUM}\\s+(?:other\\s+)?provinces`, INSTEAD.count),
  en(`(?:all|both)\\s+(?:of\\s+)?(?:the\\s+)?(?:${EN_NUM}\\s+)?(?:other\\s+)?provinces`, INSTEAD.reporters),
  en("(?:every|each)\\s+(?:other\\s+)?province", INSTEAD.reporters),
  en("(?:the|its|their)\\s+only|the\\s+(?:sole|single)", INSTEAD.reporters + OR_REWORD),
  (names) => [new RegExp(`\\bonly\\s+(?:in\\s+)?(?:(?:one|a)\\s+)?(?:provinces?\\b|${names})`, "giu"), INSTEAD.reporters],
  en("(?:no|none\\s+of\\s+the)\\s+other\\s+provinces?|no\\s+province", INSTEAD.reporters),
  // Superlatives and rankings: "the most of any province", "leads the provinces", "ranks first".
  en("the\\s+(?:most|fewest|least|highest|lowest|largest|smallest|biggest|greatest)|(?:most|fewest|highest|lowest|largest)\\s+of\\s+(?:any|all)", INSTEAD.ranking + OR_REWORD),
  en("(?:leads?|led|leading|tops?|topped)\\s+(?:the|all|every)\\s+(?:other\\s+)?provinces?|ranks?\\s+(?:first|second|third|top|\\d+(?:st|nd|rd|th))|ranked\\s+(?:first|second|third|top)|ahead\\s+of\\s+(?:the\\s+)?(?:other|all|every)|first\\s+among", INSTEAD.ranking),
  // Ratios and comparisons: "twice as many", "three times more", "more than any other province".
  en(`(?:twice|thrice|half|${EN_NUM}\\s+times)\\s+(?:as\\s+(?:many|much|large|high|often)|more|less|fewer|the\\s+(?:number|figure|share))|double(?:d)?\\s+(?:the|that)|(?:more|fewer|less|higher|lower|larger|smaller)\\s+than\\s+(?:any|all|every|the\\s+other|other|the\\s+rest|elsewhere)|outnumber(?:s|ed)?|outpac(?:es|ed)?`, INSTEAD.ranking),
  (names) => [new RegExp(`\\b(?:compared\\s+(?:with|to)|than)\\s+(?:in\\s+)?(?:${names})`, "giu"), INSTEAD.ranking],
  en(`${EN_MANY}\\s+(?:other\\s+)?provinces`, INSTEAD.total),
];
