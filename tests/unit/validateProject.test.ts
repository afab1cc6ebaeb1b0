import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import type { ProjectFiles } from "../../src/lib/data/model.ts";
import { edit, fileAt, lineOf, realFiles } from "../helpers/project.ts";

const HA_TINH = "data/results/ha-tinh.csv";
const HA_NAM = "data/results/ha-nam.csv";
const SOURCES = "data/sources.csv";
const METRICS = "data/metrics.csv";
const STORY = "content/provinces/ha-tinh.mdx";

/** The one problem a broken file must produce: one message, with its place and what to write instead. */
function onlyProblem(files: ProjectFiles) {
  const { problems } = validateProject(files);
  expect(problems.map(formatProblem)).toEqual([expect.any(String)]);
  return problems[0]!;
}

/** Column (1-based) at which `needle` starts on the given line of a file. */
function columnOf(files: ProjectFiles, path: string, line: number, needle: string): number {
  const text = fileAt(files, path).text.split("\n")[line - 1]!;
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`line ${line} of ${path} has no ${needle}`);
  return index + 1;
}

describe("validateProject on the real data", () => {
  it("finds no problem and keeps every row", () => {
    const files = realFiles();
    const { dataset, problems } = validateProject(files);
    expect(problems.map(formatProblem)).toEqual([]);
    const rows = files.results.reduce((n, f) => n + f.text.trim().split("\n").length - 1, 0);
    expect(dataset.results).toHaveLength(rows);
    expect(dataset.provinces.map((p) => p.slug).sort()).toEqual(["binh-thuan", "ha-nam", "ha-tinh", "thai-nguyen"]);
  });
});

describe("validateProject refuses bad input with file, line, column and what to write", () => {
  it("a missing column", () => {
    const files = realFiles();
    const f = fileAt(files, HA_TINH);
    const rows = f.text.split("\n").slice(1, 2);
    f.text = `metric,value,qualifier,source,quote\n${rows.map((r) => r.replace(/(,[^,]*){2}$/, "")).join("\n")}\n`;
    expect(validateProject(files).problems.filter((p) => p.file === HA_TINH)).toEqual([]); // note and note_en are optional
    f.text = "metric,value,qualifier,source,note\ncampaign_launches,366,over,ha-tinh-1,x\n";
    const p = onlyProblem(files);
    expect(p).toMatchObject({ file: HA_TINH, line: 1 });
    expect(p.message).toMatch(/no "quote" column: the header must be metric,value,qualifier,source,quote,note/);
  });

  it("a misspelt column", () => {
    const files = edit(realFiles(), HA_TINH, "source,quote", "source,qoute");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line: 1, column: 31, message: expect.stringMatching(/"qoute" is not known\. Did you mean "quote"\?/) });
  });

  it("an unknown metric", () => {
    const files = edit(realFiles(), HA_TINH, "campaign_launches,366", "campaign_launchs,366");
    const line = lineOf(fileAt(files, HA_TINH).text, "campaign_launchs");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line, column: 1, message: expect.stringMatching(/"campaign_launchs" is not in data\/metrics\.csv.*Did you mean "campaign_launches"/) });
  });

  it("an unknown source", () => {
    const files = edit(realFiles(), HA_TINH, "366,over,ha-tinh-1", "366,over,ha-tinh-2");
    const line = lineOf(fileAt(files, HA_TINH).text, "ha-tinh-2");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line, column: columnOf(files, HA_TINH, line, "ha-tinh-2"), message: expect.stringMatching(/"ha-tinh-2" is not in data\/sources\.csv/) });
  });

  it("a source about another province", () => {
    const files = edit(realFiles(), HA_TINH, "366,over,ha-tinh-1", "366,over,ha-nam-1");
    const line = lineOf(fileAt(files, HA_TINH).text, "ha-nam-1");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line, message: expect.stringMatching(/article about ha-nam, not ha-tinh/) });
  });

  it("an unknown province slug, in sources.csv and as a results file", () => {
    const files = edit(realFiles(), SOURCES, "ha-tinh-1,ha-tinh,", "ha-tinh-1,ha-tihn,");
    const line = lineOf(fileAt(files, SOURCES).text, "ha-tihn");
    expect(onlyProblem(files)).toMatchObject({ file: SOURCES, line, column: 11, message: expect.stringMatching(/no province has the slug "ha-tihn".*Did you mean "ha-tinh"/) });

    const more = realFiles();
    more.results.push({ path: "data/results/ha-noi.csv", text: "metric,value,qualifier,source,quote,note\n" });
    expect(onlyProblem(more)).toMatchObject({ file: "data/results/ha-noi.csv", line: 1, column: 1, message: expect.stringMatching(/no story content\/provinces\/ha-noi\.mdx/) });
  });

  it("a duplicate (metric, source) row", () => {
    const files = realFiles();
    const f = fileAt(files, HA_TINH);
    const row = f.text.split("\n")[1]!;
    f.text += `${row}\n`;
    const line = f.text.trim().split("\n").length;
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line, column: 1, message: expect.stringMatching(/already on line 2: keep one row per metric and source/) });
  });

  it("a value that is not a number, or negative", () => {
    let files = edit(realFiles(), HA_TINH, "campaign_launches,366,", "campaign_launches,ba trăm,");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line: 2, column: 19, message: expect.stringMatching(/"ba trăm" is not a number/) });
    files = edit(realFiles(), HA_TINH, "campaign_launches,366,", "campaign_launches,-366,");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line: 2, column: 19, message: expect.stringMatching(/negative/) });
  });

  it("a Vietnamese thousands dot even where the misreading is a whole number (10.000 is not 10)", () => {
    const files = edit(realFiles(), HA_TINH, "campaign_launches,366,over,ha-tinh-1,tổ chức trên 366", "campaign_launches,10.000,exact,ha-tinh-1,tổ chức 10.000");
    expect(onlyProblem(files).message).toMatch(/in Vietnamese "10\.000" means 10000; write 10000/);
  });

  it("a Vietnamese thousands dot in a metric counted in whole units", () => {
    const files = edit(realFiles(), HA_TINH, ",114924,", ",114.924,");
    expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line: 3, message: expect.stringMatching(/in Vietnamese "114\.924" means 114924; write 114924/) });
    const tn = edit(realFiles(), "data/results/thai-nguyen.csv", ",7100,", ",7.100,");
    expect(onlyProblem(tn).message).toMatch(/"7\.100" means 7100/);
  });

  it("a decimal comma", () => {
    const files = edit(realFiles(), HA_NAM, "safe_agencies_share,90,", 'safe_agencies_share,"90,5",');
    expect(onlyProblem(files).message).toMatch(/decimal comma: write 90\.5/);
  });

  it("an unknown qualifier, with the Vietnamese word translated", () => {
    let files = edit(realFiles(), HA_TINH, "366,over,", "366,more,");
    expect(onlyProblem(files)).toMatchObject({ line: 2, column: 23, message: expect.stringMatching(/"more" is not a qualifier: write one of exact, over, at_least, nearly, about, at_most, unquantified/) });
    files = edit(realFiles(), HA_TINH, "366,over,", "366,trên,");
    expect(onlyProblem(files).message).toMatch(/write over for "trên"/);
  });

  it("an empty quote", () => {
    const files = edit(realFiles(), HA_TINH, "ha-tinh-1,tổ chức trên 366 đợt phát động phong trào toàn dân bảo vệ ANTQ,", "ha-tinh-1,,");
    expect(onlyProblem(files)).toMatchObject({ line: 2, message: expect.stringMatching(/column "quote": is empty/) });
  });

  it("a value with unquantified, and no value without it", () => {
    let files = edit(realFiles(), HA_TINH, "award_ppc_chair_collective,,unquantified", "award_ppc_chair_collective,5,unquantified");
    expect(onlyProblem(files).message).toMatch(/a value goes with an unquantified qualifier: leave the value empty/);
    files = edit(realFiles(), HA_TINH, "campaign_launches,366,over", "campaign_launches,,over");
    expect(onlyProblem(files)).toMatchObject({ line: 2, column: 19, message: expect.stringMatching(/the value is empty: write the number.*or write unquantified/) });
  });

  it("a malformed date, in sources.csv and in a story", () => {
    let files = edit(realFiles(), SOURCES, ",2023-05-31,2023-05-30,", ",31/5/2023,2023-05-30,");
    expect(onlyProblem(files)).toMatchObject({ file: SOURCES, message: expect.stringMatching(/column "published": "31\/5\/2023" is not a date: write YYYY-MM-DD/) });
    files = edit(realFiles(), STORY, "date: 2023-05-24", "date: 2023-05-32");
    expect(onlyProblem(files)).toMatchObject({ file: STORY, line: lineOf(fileAt(files, STORY).text, "2023-05-32"), column: 9, message: expect.stringMatching(/field "event\.date" "2023-05-32" is not a date/) });
  });

  it("a story whose frontmatter lacks a required field", () => {
    const files = edit(realFiles(), STORY, "capital: Hà Tĩnh\n", "");
    const closing = fileAt(files, STORY).text.split("\n").indexOf("---", 1) + 1;
    expect(onlyProblem(files)).toMatchObject({ file: STORY, line: closing, column: 1, message: expect.stringMatching(/the frontmatter has no "capital": add a line capital: …/) });
  });

  it("a story that refers to a figure that does not exist", () => {
    const files = realFiles();
    const story = fileAt(files, STORY);
    story.text += '\nThêm một câu với <Fig metric="models_program_09" />.\n';
    const line = story.text.split("\n").length - 1;
    expect(onlyProblem(files)).toMatchObject({ file: STORY, line, column: 18, message: expect.stringMatching(/<Fig metric="models_program_09"> refers to no figure of ha-tinh/) });
  });

  it("a quote that does not state the value, or states it with another qualifier", () => {
    let files = edit(realFiles(), HA_TINH, "campaign_launches,366,", "campaign_launches,367,");
    expect(onlyProblem(files)).toMatchObject({ line: 2, message: expect.stringMatching(/the quote does not state 367/) });
    files = edit(realFiles(), HA_TINH, "campaign_launches,366,over", "campaign_launches,366,exact");
    expect(onlyProblem(files).message).toMatch(/the quote says "trên 366", which is over \(trên, hơn\): write over here/);
  });

  it.each([
    ["dưới", "campaign_launches,366,exact,ha-tinh-1,tổ chức dưới 366 đợt phát động", /"dưới 366", which is at_most .*: write at_most here/],
    ["ít nhất", "campaign_launches,366,exact,ha-tinh-1,tổ chức ít nhất 366 đợt phát động", /"ít nhất 366", which is at_least .*: write at_least here/],
  ])("a figure stated with %s is not taken as exact: the qualifier it calls for is named", (_, row, message) => {
    const files = edit(realFiles(), HA_TINH, "campaign_launches,366,over,ha-tinh-1,tổ chức trên 366 đợt phát động phong trào toàn dân bảo vệ ANTQ", row);
    expect(onlyProblem(files).message).toMatch(message);
  });

  it("reads 'trên dưới' as about", () => {
    const files = edit(realFiles(), HA_TINH, "campaign_launches,366,over,ha-tinh-1,tổ chức trên 366", "campaign_launches,366,about,ha-tinh-1,tổ chức trên dưới 366");
    expect(validateProject(files).problems).toEqual([]);
  });

  it("an unquantified row whose quote states a number", () => {
    const files = edit(realFiles(), HA_TINH, "campaign_launches,366,over,ha-tinh-1", "campaign_launches,,unquantified,ha-tinh-1");
    expect(onlyProblem(files).message).toMatch(/the quote states a number \(366\): write it in the value column/);
  });

  it("a quote whose number does not count what the metric counts (20 collectives entered as individuals)", () => {
    const files = edit(realFiles(), HA_NAM, "award_ppc_chair_individual,23,exact,ha-nam-1", "award_ppc_chair_individual,20,exact,ha-nam-1");
    const problems = validateProject(files).problems.filter((p) => p.file === HA_NAM);
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/the words after it do not name what award_ppc_chair_individual counts \(cá nhân/)]));
  });

  it("a semicolon-separated file, and a qualifier with a stray space", () => {
    let files = realFiles();
    fileAt(files, HA_TINH).text = fileAt(files, HA_TINH).text.replaceAll(",", ";");
    expect(onlyProblem(files)).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/separated by semicolons \(;\), not commas/) });
    files = edit(realFiles(), HA_TINH, "366,over,", "366,over ,");
    expect(onlyProblem(files).message).toMatch(/"over " has spaces around it: write over/);
  });

  it("two articles that disagree on a figure", () => {
    const files = edit(realFiles(), HA_NAM, "models,83,exact,ha-nam-2,toàn tỉnh xây dựng mới và duy trì thực hiện 83", "models,84,exact,ha-nam-2,toàn tỉnh xây dựng mới và duy trì thực hiện 84");
    // At the value cell of the later row: column 8, after "models,".
    expect(onlyProblem(files)).toMatchObject({ file: HA_NAM, line: 3, column: "models,".length + 1, message: expect.stringMatching(/ha-nam-2 gives exact 84 for models but line 2 \(ha-nam-1\) gives exact 83/) });
  });

  it("a row with a comma outside quotes, and a quote left open", () => {
    let files = edit(realFiles(), HA_TINH, "Cộng dồn 10 năm.", "Cộng dồn, 10 năm.");
    expect(onlyProblem(files)).toMatchObject({ line: 2, message: expect.stringMatching(/8 cells but the header has 7: put a cell that contains a comma in double quotes/) });
    files = edit(realFiles(), HA_TINH, "Cộng dồn 10 năm.", '"Cộng dồn 10 năm.');
    expect(onlyProblem(files).message).toMatch(/quoted cell (is never closed|does not end where it should)/);
  });

  it("a summary that states a figure, a placeholder, and a slug that differs from the file name", () => {
    let files = edit(realFiles(), STORY, "summary: >-\n", "summary: >-\n  Có 366 đợt.\n");
    expect(onlyProblem(files).message).toMatch(/the summary states a figure \("366"\)/);
    files = edit(realFiles(), STORY, "capital: Hà Tĩnh", "capital: TODO");
    expect(onlyProblem(files).message).toMatch(/field "capital" still holds a placeholder/);
    files = edit(realFiles(), STORY, "slug: ha-tinh", "slug: hatinh");
    expect(onlyProblem(files).message).toMatch(/slug "hatinh" differs from the file name: write slug: ha-tinh/);
  });

  it("a metric definition with an unknown group or an award without its level", () => {
    let files = edit(realFiles(), METRICS, "campaign_launches,campaigns,", "campaign_launches,campaign,");
    expect(onlyProblem(files)).toMatchObject({ file: METRICS, message: expect.stringMatching(/column "group": "campaign" is not a known group: write one of models, campaigns/) });
    files = edit(realFiles(), METRICS, "count,yes,ppc_chair,collective", "count,yes,,collective");
    expect(onlyProblem(files).message).toMatch(/an award metric needs an award level/);
  });

  it.each([
    ["<script>alert(1)</script>", /may not hold HTML or components other than <Fig>, <Vi>, <Chart>/],
    ['<Vi onclick="alert(1)">x</Vi>', /<Vi> takes no attributes: write <Vi>…<\/Vi>/],
    ["<Video>x</Video>", /may not hold HTML/],
    ['import X from "./x.js";', /may not import or export code/],
    ["Có {alert(1)} ở đây.", /may not hold a \{…\} expression/],
    ["Thử: {/* a */ 6*7} và {/* b */}.", /may not hold a \{…\} expression/],
    ['<a href="#" onclick="alert(1)">x</a>', /may not hold HTML/],
    ["[x](javascript:alert(1))", /link "javascript:alert\(1\)" is not an http\(s\) address/],
    // Read as the build reads it: the reference is decoded, so the link is refused for what it is.
    ["[xem](javascript&#58;alert(1))", /link "javascript:alert\(1\)" is not an http\(s\) address/],
    ["Dấu &colon; ở đây.", /character references/],
    ["[Hà Nam](/tinh/ha-nam/)", /starts with "\/" and would break .* sub-path/],
  ])("a story whose body holds %s", (payload, message) => {
    const files = realFiles();
    fileAt(files, STORY).text += `\n${payload}\n`;
    const line = fileAt(files, STORY).text.split("\n").length - 1;
    expect(onlyProblem(files)).toMatchObject({ file: STORY, line, message: expect.stringMatching(message) });
  });

  it("lets an English story mark Vietnamese words with <Vi>", () => {
    const files = realFiles();
    fileAt(files, "content/en/provinces/ha-tinh.mdx").text += "\nThe slogan <Vi>tự phòng, tự quản</Vi>.\n";
    expect(validateProject(files).problems).toEqual([]);
  });

  it("lets a story hold {/* comments */}", () => {
    const files = realFiles();
    fileAt(files, STORY).text += "\n{/* ghi chú cho biên tập viên */}\n";
    expect(validateProject(files).problems).toEqual([]);
  });

  describe("data/corrections.csv", () => {
    const withLog = (rows: string) => {
      const files = realFiles();
      files.corrections = { path: "data/corrections.csv", text: `date,province,metric,source,from,to,reason,reason_en\n${rows}` };
      return files;
    };

    it("accepts a correction whose 'to' is the figure now published", () => {
      const { dataset, problems } = validateProject(withLog("2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,Nhập nhầm khi đăng.,Mistyped when published.\n"));
      expect(problems).toEqual([]);
      expect(dataset.corrections).toEqual([expect.objectContaining({ province: "ha-tinh", from: "360", to: "366" })]);
    });

    it.each([
      ["2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,365,Nhập nhầm.,Mistyped.", /"365" is not the figure now published \(366, line 2 of data\/results\/ha-tinh\.csv\)/],
      ["2024-03-01,ha-tinh,models_program_09,ha-tinh-1,1,2,Nhập nhầm.,Mistyped.", /no row of data\/results\/ha-tinh\.csv has metric "models_program_09" from "ha-tinh-1"/],
      ["1/3/2024,ha-tinh,campaign_launches,ha-tinh-1,360,366,Nhập nhầm.,Mistyped.", /column "date": "1\/3\/2024" is not a full date/],
      ["2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,,Mistyped.", /column "reason": is empty/],
      ["2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,Nhập nhầm.,", /column "reason_en": is empty/],
    ])("refuses %s", (row, message) => {
      expect(onlyProblem(withLog(`${row}\n`))).toMatchObject({ file: "data/corrections.csv", line: 2, message: expect.stringMatching(message) });
    });
  });

  describe("data/edition.csv", () => {
    const withEdition = (text: string) => ({ ...realFiles(), edition: { path: "data/edition.csv", text } });

    it("gives the site's first publication and latest update", () => {
      expect(validateProject(withEdition("published,updated\n2026-11-22,2026-12-01\n")).dataset.edition).toEqual({ published: "2026-11-22", updated: "2026-12-01" });
    });

    it.each([
      ["published,updated\n22/11/2026,2026-11-22\n", 2, /column "published": "22\/11\/2026" is not a full date: write YYYY-MM-DD/],
      ["published,updated\n2026-11-22,2026-02-30\n", 2, /column "updated": "2026-02-30" is not a day of the calendar/],
      ["published,updated\n2026-11-22,2026-11-01\n", 2, /column "updated": comes before published/],
      ["published,updated\n", 2, /write one row under the header/],
      ["published,updated\n2026-11-22,2026-11-22\n2026-11-23,2026-11-23\n", 3, /keep one row/],
    ])("refuses %j", (text, line, message) => {
      expect(onlyProblem(withEdition(text))).toMatchObject({ file: "data/edition.csv", line, message: expect.stringMatching(message) });
    });
  });

  describe("the English edition", () => {
    const EN = "content/en/provinces/ha-tinh.mdx";

    it("refuses a story without its English edition, and an English story without a Vietnamese one", () => {
      const files = realFiles();
      const en = fileAt(files, EN);
      files.translations = files.translations.filter((f) => f !== en);
      expect(onlyProblem(files)).toMatchObject({ file: STORY, line: 1, message: expect.stringMatching(/no English edition: create content\/en\/provinces\/ha-tinh\.mdx/) });
      files.translations.push({ ...en, path: "content/en/provinces/ha-tinh-x.mdx", text: en.text.replace("slug: ha-tinh", "slug: ha-tinh-x") });
      expect(validateProject(files).problems).toContainEqual(
        expect.objectContaining({ file: "content/en/provinces/ha-tinh-x.mdx", message: expect.stringMatching(/no Vietnamese story content\/provinces\/ha-tinh-x\.mdx/) }),
      );
    });

    it("refuses an English story with a field it shares with the Vietnamese one, a figure in its summary, or a missing title", () => {
      let files = edit(realFiles(), EN, "slug: ha-tinh\n", "slug: ha-tinh\nname: Ha Tinh\n");
      expect(onlyProblem(files)).toMatchObject({ file: EN, line: 3, message: expect.stringMatching(/field "name" belongs to the Vietnamese story only \(the English edition shares it from there\): delete the line/) });
      files = edit(realFiles(), EN, "summary: >-\n", "summary: >-\n  366 launches.\n");
      expect(onlyProblem(files)).toMatchObject({ file: EN, message: expect.stringMatching(/the summary states a figure \("366"\)/) });
      files = edit(realFiles(), EN, "  title:", "  titel:");
      expect(validateProject(files).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/no "event.title": add a line title:/));
    });

    it("checks the English story's figures like the Vietnamese one's", () => {
      const files = edit(realFiles(), EN, '<Fig metric="campaign_launches" />', '<Fig metric="campaign_lunches" />');
      // One message: the misspelt figure is not also reported as missing from the English edition.
      const p = onlyProblem(files);
      expect(p).toMatchObject({ file: EN, line: lineOf(fileAt(files, EN).text, "campaign_lunches") });
      expect(p.message).toMatch(/refers to no figure of ha-tinh.*Did you mean "campaign_launches"/);
    });

    it("refuses a note without its English version, in a results file and in sources.csv", () => {
      const files = realFiles();
      const f = fileAt(files, HA_TINH);
      f.text = f.text.replace(/Cộng dồn 10 năm\.,[^\n]*/, "Cộng dồn 10 năm.,");
      expect(onlyProblem(files)).toMatchObject({ file: HA_TINH, line: 2, message: expect.stringMatching(/the note has no English version: write one in the note_en column/) });
      const s = realFiles();
      const sources = fileAt(s, SOURCES);
      const line = lineOf(sources.text, "ha-tinh-1,");
      sources.text = sources.text.split("\n").map((l, i) => (i === line - 1 ? l.replace(/,("[^"]*"|[^,]*)$/, ",") : l)).join("\n");
      expect(onlyProblem(s)).toMatchObject({ file: SOURCES, line, message: expect.stringMatching(/no English version/) });
    });
  });

  it("reports every problem at once, not just the first", () => {
    const files = edit(edit(realFiles(), HA_TINH, "366,over,", "366,more,"), SOURCES, ",2023-05-31,", ",31/5/2023,");
    expect(validateProject(files).problems).toHaveLength(2);
  });
});
