import { slugify } from "../text/slugify.ts";

// Words that end the name of what is counted: prepositions, conjunctions, linking verbs and quantity words
// ("12,5 kg thuốc nổ cùng nhiều kíp nổ" counts "kg thuốc nổ"; "1.240 nguồn tin có giá trị" counts "nguồn tin").
const STOP = new Set([
  "của", "cho", "với", "và", "cùng", "tại", "trong", "về", "được", "đã", "đang", "sẽ", "có", "không", "để", "từ", "ở",
  "thuộc", "trên", "dưới", "gồm", "là", "nhằm", "theo", "do", "này", "đó", "nhiều", "các", "những", "mỗi", "hơn", "gần",
  "khoảng", "đạt", "bị", "như", "hoặc", "hay", "nên", "mà", "thì", "vào", "ra", "lên", "đến", "tới", "qua", "cả", "toàn",
  "tham", "góp", "giúp", "tổng", "số", "lắng", "giữ", "bảo", "ngay",
  // First syllables of verbs that follow what is counted: hoạt động, phát huy, thực hiện, triển khai, duy trì, xây dựng.
  "hoạt", "phát", "thực", "triển", "duy", "xây",
]);

/** At most this many syllables in a proposed id: a noun and its few modifiers, not the rest of the sentence. */
const MAX_SYLLABLES = 6;
/** A quoted name is taken whole up to this many syllables, noun included: mô hình “Khu dân cư không có tội phạm”. */
const MAX_WITH_NAME = 9;

/**
 * A metric id for what a number counts, from the noun phrase after it: the counted noun (`noun`, as it starts
 * `after`) and the words that modify it, up to a stop word, a punctuation mark or six syllables (nine with a
 * quoted name). The same
 * words give the same id whatever their tone-mark spelling or the comma of a pair ("tổ, nhóm" and "tổ nhóm"
 * both give to_nhom), so one measure gets one id across articles.
 */
export function proposeId(after: string, noun: string): string {
  const head = after.trimStart();
  // The counted noun itself may hold a comma ("tổ, nhóm"): take it whole, then its modifiers.
  const words = noun.split(/[\s,]+/).filter(Boolean);
  const rest = head.slice(noun.length);
  // A quoted name right after the noun is part of it: mô hình “Con đường tự quản”.
  const quoted = /^\s*[“"]([^”"\n]{1,60})[”"]/.exec(rest);
  const tail = quoted ? quoted[1]! : (/^[^.,;:!?()\n“”"]*/.exec(rest)?.[0] ?? "");
  for (const word of tail.split(/\s+/).filter(Boolean)) {
    const clean = word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
    if (!clean || /\d/.test(clean) || (!quoted && STOP.has(clean)) || words.length >= (quoted ? MAX_WITH_NAME : MAX_SYLLABLES)) break;
    words.push(clean);
  }
  return slugify(words.join(" ")).replaceAll("-", "_");
}
