import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";

// Small numbers as either edition writes them, for "cả bốn tỉnh", "1 trong 4 tỉnh", "all four provinces".
const VI_NUMBER = "(?:\\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
const EN_NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
// Two or more, for a total ("bốn tỉnh", "four provinces"): "một tỉnh", "a province", names no total, and "năm"
// after a number is a year ("mười năm tỉnh đã…", "10 năm tỉnh…").
const VI_MANY = "(?:\\d+|hai|ba|bốn|(?<!(?:\\d|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s)năm|sáu|bảy|tám|chín|mười)";
const EN_MANY = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)";

const REPORTERS = 'write <Reporters metric="…" /> instead (it renders "chỉ Hà Tĩnh", "only Hà Tĩnh" or "cả năm tỉnh" from the data and stays true when a province is added)';
const COUNT = 'write <ReporterCount metric="…" /> instead (it renders "1 trong 4 tỉnh", "1 of 4 provinces" from the data)';
const TOTAL = "write <ProvinceCount /> instead (it renders \"bốn tỉnh\", \"four provinces\" from the data; add others for \"ba tỉnh còn lại\")";
const OR_REWORD = "; if the sentence compares no provinces, reword it";

/**
 * Comparative claims written by hand, which a new province can make false without anyone noticing: each with
 * the component that computes it. Patterns take a list of province names, for "chỉ Hà Tĩnh" and "only Hà Tĩnh".
 */
const CLAIMS: readonly ((names: string) => [RegExp, string])[] = [
  () => [new RegExp(`${VI_NUMBER}\\s+trong\\s+(?:số\\s+)?${VI_NUMBER}\\s+tỉnh`, "giu"), COUNT],
  () => [new RegExp(`\\b${EN_NUMBER}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${EN_NUMBER}\\s+(?:other\\s+)?provinces\\b`, "giu"), COUNT],
  () => [new RegExp(`(?<![\\p{L}])(?:cả|tất cả|toàn bộ)\\s+(?:các|${VI_NUMBER})\\s+tỉnh(?![\\p{L}])`, "giu"), REPORTERS],
  () => [/\b(?:all|both)\s+(?:of\s+)?(?:the\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:other\s+)?provinces\b/giu, REPORTERS],
  () => [/\b(?:every|each)\s+(?:other\s+)?province\b/giu, REPORTERS],
  () => [/(?<![\p{L}])duy nhất(?![\p{L}])/giu, REPORTERS + OR_REWORD],
  () => [/\b(?:the|its|their)\s+only\b|\bthe\s+(?:sole|single)\b/giu, REPORTERS + OR_REWORD],
  (names) => [new RegExp(`(?<![\\p{L}])chỉ\\s+(?:có\\s+)?(?:tỉnh\\b|${names})`, "giu"), REPORTERS],
  (names) => [new RegExp(`\\bonly\\s+(?:in\\s+)?(?:(?:one|a)\\s+)?(?:provinces?\\b|${names})`, "giu"), REPORTERS],
  () => [/(?<![\p{L}])(?:không\s+(?:có\s+)?tỉnh\s+nào|tỉnh\s+nào\s+khác|các\s+tỉnh\s+khác\s+đều)(?![\p{L}])/giu, REPORTERS],
  () => [/\b(?:no|none\s+of\s+the)\s+other\s+provinces?\b|\bno\s+province\b/giu, REPORTERS],
  () => [new RegExp(`(?<![\\p{L}])${VI_MANY}\\s+tỉnh(?![\\p{L}])`, "giu"), TOTAL],
  () => [new RegExp(`\\b${EN_MANY}\\s+(?:other\\s+)?provinces\\b`, "giu"), TOTAL],
];

/**
 * Finds comparative claims a story writes by hand ("duy nhất", "chỉ Hà Tĩnh", "only Hà Tĩnh", "1 trong 4 tỉnh",
 * "all four provinces"…) anywhere in it, frontmatter summary included, and says which component computes each.
 * Components, other tags and comments are skipped: what they render is computed, and comments are not published.
 */
export function handClaims(text: string, file: string, provinceNames: readonly string[]): Problem[] {
  const at = lineIndex(text);
  // Blank out tags and {/* comments */} (keeping offsets): attributes, rendered claims and notes to editors are
  // not published prose.
  const prose = text.replace(/<[^>]*>|\{\/\*[\s\S]*?\*\/\}/g, (hidden) => hidden.replace(/[^\n]/g, " "));
  const names = provinceNames.length ? provinceNames.map(escape).join("|") : "(?!)";
  const taken: [number, number][] = [];
  const problems: Problem[] = [];
  for (const make of CLAIMS) {
    const [pattern, hint] = make(names);
    for (const m of prose.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      // One message per phrase: "cả bốn tỉnh" is not also reported as "bốn tỉnh".
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      problems.push({ file, ...at(start), message: `"${m[0].replace(/\s+/g, " ")}" is a comparison written by hand, which a new province can make false: ${hint}` });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
