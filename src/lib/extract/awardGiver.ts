import { slugify } from "../text/slugify.ts";

/** Who gave the awards a clause reports, as a new award metric names them: their words for an id and as written. */
export interface AwardGiver {
  /** The giver in an id's words: "chu tich ubnd huyen", "mttq trung uong", "bo truong bca". */
  id: string;
  /** The giver as the clause writes it: "Chủ tịch UBND huyện". */
  written: string;
  /** The award as written, lower case: "bằng khen", "giấy khen". */
  award: string;
}

// Long names written short, as ids and the dictionary write them; "Việt Nam" and a province's name say nothing.
const SHORT: readonly [RegExp, string][] = [
  [/(?:ủy|uỷ) ban nhân dân/gu, "ubnd"],
  [/mặt trận tổ quốc/gu, "mttq"],
  [/(?:ban thường trực\s+)?(?:ủy|uỷ) ban\s+trung ương\s+mttq/gu, "mttq trung ương"],
  [/(?:ban thường trực\s+)?(?:ủy|uỷ) ban\s+mttq/gu, "mttq"],
  [/bộ công an/gu, "bca"],
  [/\s*việt nam/gu, ""],
];
// Where a giver's name ends: after the level of government, before a place name ("Chủ tịch UBND huyện Vĩnh Linh").
const LEVEL = /^(.*?(?:^|\s)(?:tỉnh|huyện|xã|thị xã|thành phố|quận|phường|thị trấn|trung ương|bca))(?=\s|$)/u;

/**
 * The giver of the awards a clause reports: the owner of the award ("Bằng khen của Bộ trưởng Bộ Công an", whoever
 * hands it over), else the body an award is given by ("2 tập thể được Bộ trưởng Bộ Công an tặng"), else the one
 * who gives it ("Chủ tịch UBND huyện tặng Giấy khen"); undefined when the clause names no award given.
 */
export function awardGiver(clause: string): AwardGiver | undefined {
  const award = /(bằng khen|giấy khen|khen thưởng)/iu.exec(clause)?.[1]?.toLowerCase() ?? "khen thưởng";
  const owner = /(?:bằng|giấy) khen\s+của\s+(.+?)\s+(?:cho|tặng)(?![\p{L}])/iu.exec(clause);
  const by = /(?:^|[^\p{L}])được\s+(.+?)\s+(?:tặng|trao tặng|trao|khen thưởng)(?![\p{L}])/iu.exec(clause);
  const gives = /(?:^|,\s*|;\s*)([^,;]+?)\s+(?:đã\s+)?(?:tặng|trao tặng|trao|khen thưởng)(?![\p{L}])/iu.exec(clause);
  const name = (owner ?? by ?? gives)?.[1]?.trim();
  if (!name) return undefined;
  let short = name.toLowerCase();
  for (const [pattern, to] of SHORT) short = short.replace(pattern, to);
  short = LEVEL.exec(short.trim())?.[1] ?? short;
  return { id: slugify(short).replaceAll("-", " "), written: name, award };
}
