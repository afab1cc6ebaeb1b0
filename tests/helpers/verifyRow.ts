import type { Metric, Result } from "../../src/lib/data/model.ts";
import { checkFigure } from "../../src/lib/data/validate/checkFigure.ts";
import { figureInArticle } from "../../src/lib/data/validate/figureInArticle.ts";
import type { Qualifier } from "../../src/lib/text/qualifiers.ts";

/** A metric of the dictionary for a test: a count with no words of its own unless given. */
export function metric(fields: Partial<Metric> = {}): Metric {
  return {
    id: "test_count", group: "models", label_vi: "Thử", label_en: "Test", unit: "count", comparable: "yes", award_level: "", recipient: "",
    compare: "", definition_vi: "Thử.", definition_en: "Test.", keywords_vi: "", ...fields,
  } as Metric;
}

/** The award metrics of the real dictionary's kind, for tests of who gave an award. */
export const AWARDS = {
  chair: metric({ id: "award_ppc_chair_collective", group: "awards", award_level: "ppc_chair", recipient: "collective", keywords_vi: "tập thể@Chủ tịch UBND" }),
  chairPeople: metric({ id: "award_ppc_chair_individual", group: "awards", award_level: "ppc_chair", recipient: "individual", keywords_vi: "cá nhân@Chủ tịch UBND" }),
  front: metric({ id: "award_vff_individual", group: "awards", award_level: "vff_committee", recipient: "individual", keywords_vi: "cá nhân@MTTQ" }),
  police: metric({ id: "award_police_director_collective", group: "awards", award_level: "police_director", recipient: "collective", keywords_vi: "tập thể@Giám đốc Công an" }),
};

/**
 * What `npm run check` says of one row whose source's archived article is `article`: the problems of the quote
 * alone (checkFigure), then, when it has none, of the row read where its quote stands in the article. Empty when
 * the row is accepted.
 */
export function verify(article: string, m: Metric, value: number | null, qualifier: Qualifier, quote: string): string[] {
  const problems: string[] = [];
  checkFigure(m, value, value === null ? "" : String(value), qualifier, quote, (_, message) => problems.push(message));
  if (problems.length) return problems;
  const row: Result = { province: "thu", metric: m.id, value, qualifier, source: "thu-1", quote, note: "", note_en: "", file: "data/results/thu.csv", line: 2 };
  const found = figureInArticle({ text: article, lines: new Map() }, row, m, "thu-1.txt");
  return found ? [found] : [];
}
