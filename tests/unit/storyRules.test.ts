import { describe, expect, it } from "vitest";
import { claimsIn } from "../helpers/claims.ts";
import { appendToStory, fileAt, problemsOf, realFiles } from "../helpers/project.ts";

const STORY = "content/provinces/ha-tinh.mdx";
const EN = "content/en/provinces/ha-tinh.mdx";

describe("<Chart> in a story", () => {
  it("passes on the real stories, which place charts inline", () => {
    expect(problemsOf(realFiles())).toEqual([]);
    expect(fileAt(realFiles(), STORY).text).toMatch(/<Chart compare="campaigns" \/>/);
  });

  it.each([
    ['<Chart compare="model" />', /<Chart compare="model"> is not a comparison: write one of models, campaigns, awards, coverage, map\. Did you mean "models"\?/],
    ['<Chart group="award" />', /<Chart group="award"> is not a group of data\/metrics\.csv.*Did you mean "awards"\?/],
    ["<Chart />", /<Chart> takes exactly one attribute: write <Chart compare="…" \/> \(models, campaigns, awards, coverage, map\) or <Chart group="…" \/>/],
    ['<Chart compare="models" group="awards" />', /<Chart> takes exactly one attribute/],
    ['<Chart metric="models" />', /<Chart> takes exactly one attribute/],
    ['<Chart compare="models">', /<Chart compare="models"> is never closed: write <Chart compare="models" \/>: the tag must close itself/],
    ["<Chart compare={'models'} />", /cannot be checked: write its attributes as plain text in double quotes/],
    ['<Chart group="enforcement" />', /<Chart group="enforcement">: ha-tinh reports no figure of the group "enforcement": write a group it reports \(campaigns, models, awards\), or <Chart compare="…" \/>/],
    ['<Chart compare="campaigns" />', /<Chart compare="campaigns" \/> is already placed on line \d+: place each chart once/],
  ])("refuses %s where it stands, saying what to write", (tag, message) => {
    const { files, last: line } = appendToStory(STORY, `Một đoạn văn.\n\n${tag}`);
    const found = problemsOf(files);
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${STORY}:${line}:1 `))]);
    expect(found[0]).toMatch(message);
  });

  it("checks the English story's charts against the same province", () => {
    const { files, last: line } = appendToStory(EN, '<Chart group="safety" />');
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${EN}:${line}:1 <Chart group="safety">: ha-tinh reports no figure`))]);
  });
});

describe("claim components in a story", () => {
  it.each([
    ["<Reporters />", /<Reporters> needs exactly one of metric="…" \(an id of data\/metrics\.csv\) or group="…"/],
    ['<Reporters metric="campaign_lunches" />', /<Reporters metric="campaign_lunches"> names no metric: write an id of data\/metrics\.csv\. Did you mean "campaign_launches"\?/],
    ['<ReporterCount group="model" />', /<ReporterCount group="model"> is not a group of data\/metrics\.csv.*Did you mean "models"\?/],
    ['<Reporters metric="models" start="yes" />', /<Reporters start="yes">: write start alone, without a value/],
    ['<Reporters metric="models" province="ha-nam" />', /<Reporters> has no attribute "province"/],
    ['<ProvinceCount metric="models" />', /<ProvinceCount> has no attribute "metric".*<Reporters metric="…" \/>/],
  ])("refuses %s, saying what to write", (tag, message) => {
    const { files, last: line } = appendToStory(STORY, `${tag} có báo cáo.`);
    const found = problemsOf(files);
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${STORY}:${line}:1 `))]);
    expect(found[0]).toMatch(message);
  });

  it("accepts them with a metric or a group and their flags", () => {
    const { files } = appendToStory(STORY, '<Reporters metric="models" others start /> nêu số mô hình; <ReporterCount group="awards" counted /> nêu số người được khen, trong <ProvinceCount />.');
    expect(problemsOf(files)).toEqual([]);
  });
});

describe("comparisons written by hand", () => {
  it.each([
    // The sentences that stayed published after a fifth province reported campaigns and safety rates.
    ["Hà Tĩnh là tỉnh duy nhất trong bốn tỉnh đo phong trào bằng số đợt phát động.", ["duy nhất", "Reporters"], ["bốn tỉnh", "ProvinceCount"]],
    ["Số đợt phát động thì chỉ Hà Tĩnh báo cáo.", ["chỉ Hà Tĩnh", "Reporters"]],
    ["Tỉ lệ an toàn chỉ Hà Nam nêu.", ["chỉ Hà Nam", "Reporters"]],
    ["Chỉ có tỉnh này nêu số lĩnh vực.", ["Chỉ có tỉnh", "Reporters"]],
    ["Có 1 trong 4 tỉnh nêu.", ["1 trong 4 tỉnh", "ReporterCount"]],
    ["Ba trong số bốn tỉnh nêu số mô hình.", ["Ba trong số bốn tỉnh", "ReporterCount"]],
    ["Cả bốn tỉnh đều nêu.", ["Cả bốn tỉnh", "Reporters"]],
    ["Không tỉnh nào khác nêu.", ["Không tỉnh nào", "Reporters"]],
    ["Only Hà Tĩnh reported launches.", ["Only Hà Tĩnh", "Reporters"]],
    ["It is the only province to do so.", ["the only", "Reporters"]],
    ["One of the four provinces did.", ["One of the four provinces", "ReporterCount"]],
    ["All four provinces reported models.", ["All four provinces", "Reporters"]],
    ["3 of 4 provinces gave a count.", ["3 of 4 provinces", "ReporterCount"]],
    ["No other province did.", ["No other province", "Reporters"]],
    ["The three other provinces did.", ["three other provinces", "ProvinceCount"]],
    ["Năm tỉnh đều nêu.", ["Năm tỉnh", "ProvinceCount"]],
  ] as [string, ...[string, string][]][])("%s", (sentence, ...expected) => {
    const text = `---\nslug: x\n---\n\n${sentence}\n`;
    const found = claimsIn(text);
    expect(found.map((p) => [p.line, text.split("\n")[p.line - 1]!.slice(p.column - 1, p.column - 1 + expected[found.indexOf(p)]![0].length)])).toEqual(expected.map(([phrase]) => [5, phrase]));
    found.forEach((p, i) => expect(p.message).toMatch(new RegExp(`is a comparison written by hand.*write <${expected[i]![1]}`)));
  });

  it.each([
    "Toàn tỉnh có 27 mô hình; cả tỉnh tham gia.",
    "Một tỉnh thử nghiệm, chỉ để đo tốc độ.",
    "Bài chỉ cho biết có trao; Chỉ số models.",
    "Mười năm qua, tỉnh đã làm nhiều việc.",
    "Trong mười năm tỉnh đã xây 10 năm tỉnh lỵ.",
    "The only way in is through the article.".replace("The only", "One"),
    "It is one province among many in the region, and only the article says so.",
  ])("leaves alone what compares no provinces: %s", (sentence) => {
    expect(claimsIn(`${sentence}\n`)).toEqual([]);
  });

  it("does not read what a component renders, or its attributes, as prose", () => {
    expect(claimsIn('<Reporters metric="campaign_launches" start /> đo theo cách này, trong <ProvinceCount />.\n')).toEqual([]);
  });

  it("refuses them in the summary too, at the line of the frontmatter", () => {
    const files = realFiles();
    const story = fileAt(files, STORY);
    story.text = story.text.replace("summary: >-\n", "summary: >-\n  Hà Tĩnh là tỉnh duy nhất đo số đợt phát động.\n");
    const lines = story.text.split("\n");
    const line = lines.findIndex((l) => l.includes("tỉnh duy nhất")) + 1;
    const column = lines[line - 1]!.indexOf("duy nhất") + 1;
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${STORY}:${line}:${column} "duy nhất" is a comparison written by hand, which a new province can make false: write <Reporters metric="…" />`))]);
  });
});
