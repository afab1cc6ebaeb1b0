import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyProject } from "../helpers/project.ts";

/** One broken input: the file, the text to break, what to put instead, and the message the build must print. */
interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  says: RegExp;
}

// Each build breaks many files at once (the build reports every problem, not just the first), so two builds
// prove that every bad input of the editor's contract stops `astro build` with its file:line:column and hint.
// Problems are spread so none hides another: a results file that is itself wrong is not checked against stories.
const DATA: Case[] = [
  { name: "a missing column", file: "data/results/ha-tinh.csv", from: "metric,value,qualifier,source,quote,note", to: "metric,value,qualifier,source,note", says: /ha-tinh\.csv:1:\d+ the header has no "quote" column/ },
  { name: "a misspelt column", file: "data/results/thai-nguyen.csv", from: "source,quote,note", to: "source,qoute,note", says: /thai-nguyen\.csv:1:31 column "qoute" is not known\. Did you mean "quote"\?/ },
  { name: "an unknown metric", file: "data/results/ha-nam.csv", from: "models_program_09,8,exact,ha-nam-1", to: "models_program09,8,exact,ha-nam-1", says: /ha-nam\.csv:4:1 "models_program09" is not in data\/metrics\.csv.*Did you mean "models_program_09"\?/ },
  { name: "an unknown source", file: "data/results/ha-nam.csv", from: "models_program_09,8,exact,ha-nam-2", to: "models_program_09,8,exact,ha-nam-3", says: /ha-nam\.csv:5:27 "ha-nam-3" is not in data\/sources\.csv/ },
  { name: "a source of another province", file: "data/results/ha-nam.csv", from: "models_pilot_replicated,6,exact,ha-nam-1", to: "models_pilot_replicated,6,exact,ha-tinh-1", says: /ha-nam\.csv:6:\d+ source "ha-tinh-1" is an article about ha-tinh, not ha-nam/ },
  { name: "an unknown province slug", file: "data/results/ha-noi.csv", from: "", to: "metric,value,qualifier,source,quote,note\n", says: /ha-noi\.csv:1:1 no story content\/provinces\/ha-noi\.mdx goes with this file/ },
  { name: "a duplicate (metric, source) row", file: "data/results/ha-nam.csv", from: "peak_crackdown_campaigns,30,", to: "peak_crackdown_campaigns,30,exact,ha-nam-2,\"tổ chức mở 30 đợt cao điểm tấn công, trấn áp tội phạm\",,\npeak_crackdown_campaigns,30,", says: /ha-nam\.csv:\d+:1 "peak_crackdown_campaigns" from "ha-nam-2" is already on line \d+/ },
  { name: "a non-numeric value", file: "data/results/ha-nam.csv", from: "drug_lines_dismantled,56,", to: "drug_lines_dismantled,năm mươi sáu,", says: /ha-nam\.csv:\d+:23 "năm mươi sáu" is not a number/ },
  { name: "a negative value", file: "data/results/ha-nam.csv", from: "drug_spots_eliminated,590,", to: "drug_spots_eliminated,-590,", says: /ha-nam\.csv:\d+:23 "-590" is negative/ },
  { name: "a fractional value for a whole-unit metric", file: "data/results/ha-nam.csv", from: "rehab_or_commune_education_referrals,1078,", to: "rehab_or_commune_education_referrals,1.078,", says: /ha-nam\.csv:\d+:38 .*in Vietnamese "1\.078" means 1078; write 1078/ },
  { name: "a decimal comma", file: "data/results/ha-nam.csv", from: "safe_agencies_share,90,exact,ha-nam-1", to: 'safe_agencies_share,"90,5",exact,ha-nam-1', says: /ha-nam\.csv:\d+:21 "90,5" has a decimal comma: write 90\.5/ },
  { name: "an unknown qualifier", file: "data/results/ha-nam.csv", from: "environment_violations_handled,917,exact", to: "environment_violations_handled,917,chính xác", says: /ha-nam\.csv:\d+:36 "chính xác" is not a qualifier/ },
  { name: "an empty quote", file: "data/results/ha-nam.csv", from: '"bắt, vận động đầu thú 257 đối tượng có lệnh truy nã"', to: "", says: /ha-nam\.csv:\d+:\d+ column "quote": is empty/ },
  { name: "a value with unquantified", file: "data/results/ha-nam.csv", from: "social_order_crimes_solved,,unquantified", to: "social_order_crimes_solved,1000,unquantified", says: /ha-nam\.csv:\d+:28 a value goes with an unquantified qualifier/ },
  { name: "no value without unquantified", file: "data/results/ha-nam.csv", from: "reformatory_referrals,35,exact", to: "reformatory_referrals,,exact", says: /ha-nam\.csv:\d+:23 the value is empty/ },
  { name: "a malformed date in sources.csv", file: "data/sources.csv", from: ",2023-05-31,", to: ",31/5/2023,", says: /sources\.csv:5:\d+ column "published": "31\/5\/2023" is not a date/ },
];

const STORIES: Case[] = [
  { name: "a frontmatter without a required field", file: "content/provinces/ha-tinh.mdx", from: "capital: Hà Tĩnh\n", to: "", says: /ha-tinh\.mdx:\d+:1 the frontmatter has no "capital"/ },
  { name: "a malformed date in a story", file: "content/provinces/thai-nguyen.mdx", from: "date: 2023-08-10", to: "date: 10/8", says: /thai-nguyen\.mdx:\d+:9 field "event\.date" "10\/8" is not a date/ },
  { name: "a story citing a figure that does not exist", file: "content/provinces/ha-nam.mdx", from: '<Fig metric="models" />', to: '<Fig metric="modles" />', says: /ha-nam\.mdx:\d+:\d+ <Fig metric="modles"> refers to no figure of ha-nam.*Did you mean "models"\?/ },
  // Missing translations fail the build, not the reader.
  { name: "an English story left with a placeholder", file: "content/en/provinces/binh-thuan.mdx", from: "region: South Central Coast", to: "region: TODO", says: /en\/provinces\/binh-thuan\.mdx:3:9 field "region" still holds a placeholder/ },
  { name: "an English story citing a figure that does not exist", file: "content/en/provinces/ha-tinh.mdx", from: '<Fig metric="campaign_launches" />', to: '<Fig metric="campaign_lunches" />', says: /en\/provinces\/ha-tinh\.mdx:\d+:\d+ <Fig metric="campaign_lunches"> refers to no figure of ha-tinh/ },
];

describe.each([
  ["data files", DATA],
  ["stories", STORIES],
])("a build with broken %s", (_, cases) => {
  const project = copyProject();
  let build: { status: number | null; output: string };

  beforeAll(() => {
    for (const c of cases) {
      let text = "";
      try {
        text = project.read(c.file);
      } catch {}
      if (!text.includes(c.from)) throw new Error(`${c.file} lacks ${JSON.stringify(c.from)}`);
      project.write(c.file, text.replace(c.from, c.to));
    }
    build = astroBuild(project.dir);
  });
  afterAll(() => project.remove());

  it("stops, says how many problems there are, and writes no page", () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`The content and data files have ${cases.length} problems; nothing was built.`);
    expect(() => project.read("dist/index.html")).toThrow();
  });

  it.each(cases.map((c) => [c.name, c] as const))("reports %s at its place", (_, c) => {
    expect(build.output).toMatch(c.says);
  });
});
