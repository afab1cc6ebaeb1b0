/** Who gives an award, as the metric dictionary names it (`award_level` of data/metrics.csv). */
export type AwardBody = "ppc_chair" | "vff_committee" | "police_director";

// How articles name each awarding body. Longest forms first within a body; "Phó …" (a deputy) is the one who
// hands the award over, not the one who gives it, and is told apart where the mention is read.
const BODIES: readonly { body: AwardBody; pattern: RegExp }[] = [
  { body: "ppc_chair", pattern: /chủ tịch\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?:\s+tỉnh)?|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+tỉnh/giu },
  { body: "vff_committee", pattern: /(?:ủy ban|uỷ ban|ban thường trực)\s+(?:ủy ban\s+|uỷ ban\s+)?(?:mttq|mặt trận tổ quốc(?: việt nam)?)(?:\s+tỉnh)?|(?:mttq|mặt trận tổ quốc)\s+tỉnh/giu },
  { body: "police_director", pattern: /giám đốc\s+công an(?:\s+tỉnh)?/giu },
];

/** A mention of an awarding body in a text: which body, and where the words stand. */
interface Mention {
  body: AwardBody;
  start: number;
  end: number;
}

// A body of a district, a commune or the centre is not the province's: "Chủ tịch UBND huyện", "Ủy ban MTTQ Việt
// Nam xã", "Ủy ban MTTQ … Trung ương".
const OTHER_LEVEL = /^\s*(?:việt nam\s+)?(?:huyện|xã|thị xã|thành phố|quận|phường|thị trấn|cấp huyện|cấp xã|trung ương)(?![\p{L}])/u;

/** Every mention of a province's awarding body, a longer one winning where two overlap ("Chủ tịch UBND tỉnh" over "UBND tỉnh"). */
function mentions(text: string): Mention[] {
  const all = BODIES.flatMap(({ body, pattern }) => [...text.matchAll(pattern)].map((m) => ({ body, start: m.index!, end: m.index! + m[0].length }))).filter((m) => !OTHER_LEVEL.test(text.slice(m.end, m.end + 30)));
  const kept = all.sort((a, b) => a.start - b.start || b.end - a.end).filter((m, i, list) => !list.slice(0, i).some((o) => o.start <= m.start && m.end <= o.end));
  return kept;
}

/**
 * The body that gave the awards a text (a quote, or the sentence around a figure) names: the one whose award it
 * is ("bằng khen của Chủ tịch UBND tỉnh", whoever hands it over), else the one that gives ("Giám đốc Công an tỉnh
 * tặng …", "được Chủ tịch UBND tỉnh tặng"), else the only one named; undefined when none is named or it is unclear.
 */
export function awardingBody(text: string): AwardBody | undefined {
  const lower = text.toLowerCase();
  const found = mentions(lower);
  if (!found.length) return undefined;
  const owner = found.find((m) => /(?:khen|thưởng)\s+của\s+$/u.test(lower.slice(Math.max(0, m.start - 20), m.start)));
  if (owner) return owner.body;
  // The giver: named right before "tặng"/"trao"/"khen thưởng", a few words (a province's name) between, and not a deputy.
  const giver = found.find((m) => !/phó\s+$/u.test(lower.slice(Math.max(0, m.start - 5), m.start)) && /^(?:\s+[\p{L}]+){0,3}?\s+(?:tặng|trao|khen thưởng|khen)(?![\p{L}])/u.test(lower.slice(m.end, m.end + 40)));
  if (giver) return giver.body;
  const bodies = new Set(found.map((m) => m.body));
  return bodies.size === 1 ? found[0]!.body : undefined;
}
