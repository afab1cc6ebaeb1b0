import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import type { ProjectFiles } from "../../src/lib/data/model.ts";
import { edit, fileAt, lineOf, realFiles } from "../helpers/project.ts";

const VI = "content/provinces/ha-tinh.mdx";
const EN = "content/en/provinces/ha-tinh.mdx";

/** The real project with text added at the end of a story, and the line where the added text starts. */
function withText(path: string, added: string): { files: ProjectFiles; line: number } {
  const files = realFiles();
  const story = fileAt(files, path);
  story.text = `${story.text.trimEnd()}\n\n`;
  const line = story.text.split("\n").length;
  story.text += `${added}\n`;
  return { files, line };
}

/** Every problem the validator finds, as file:line:column message. */
const problems = (files: ProjectFiles) => validateProject(files).problems.map(formatProblem);

/** Expects exactly one problem, in `path` at `line`:`column`, saying `message`. */
function refusedAt(files: ProjectFiles, path: string, line: number, column: number, message: RegExp): void {
  const found = problems(files);
  expect(found).toEqual([expect.stringMatching(new RegExp(`^${path}:${line}:${column} `))]);
  expect(found[0]).toMatch(message);
}

describe("a story is read with the build's MDX parser, and only what a story may hold passes (issue 13, items 1–3)", () => {
  it.each([
    // 1. Code that would run on the build machine: the MDX compiler needs no space after export.
    ["export*from'data:text/javascript,console.log(1)'", 1, /may not import or export code: write prose/],
    ['export*from"data:text/javascript,process.exit(1)"', 1, /may not import or export code/],
    ["export const x = 1", 1, /may not import or export code/],
    ['import{readFileSync}from"node:fs"', 1, /may not import or export code/],
    // 2. What passed check and then stopped the build with MDX jargon and a stack trace.
    ['Có <Fig metric="campaign_launches"> đợt.', 4, /<Fig metric="campaign_launches"> is never closed: write <Fig metric="campaign_launches" \/>: the tag must close itself/],
    ["<!-- ghi chú cho biên tập viên -->", 1, /an HTML comment <!-- … --> stops the build: write a note to editors as \{\/\* … \*\/\}/],
    ["Tỉ lệ <5% hộ dân.", 7, /"<" before a number or a space starts a tag in a story: write it in words \("dưới 5%", "under 5%"\), or cite the figure with <Fig metric="…" \/>/],
    ["Khẩu hiệu <Vi>tự phòng.", 11, /<Vi> is never closed in its paragraph: write <Vi>…<\/Vi>/],
    ["Khẩu hiệu tự phòng</Vi>.", 19, /<\/Vi> closes a tag that is not open in this paragraph/],
    ["<Vi>tự phòng</Fig>", 13, /<\/Fig> does not close <Vi>/],
    ["<Fig metric=campaign_launches />", 1, /put the attribute's value in double quotes: write metric="campaign_launches"/],
    ["Mở ngoặc { mà không đóng.", 10, /this \{…\} is not a comment.*write a brace itself as \\\{/],
    ["Xem <https://example.com/bai>.", 5, /an address in <…> is not a link in a story: write \[the words\]\(https:\/\/…\)/],
    // Expressions, other elements and attributes the build would evaluate.
    ["Có {1+1} đợt.", 4, /may not hold a \{…\} expression \(only \{\/\* comments \*\/\}\)/],
    ["Có {/* a */ globalThis.x} đợt.", 4, /may not hold a \{…\} expression/],
    ['<Fig metric={"campaign_launches"} />', 1, /<Fig metric=\{…\}> cannot be checked: write its attributes as plain text in double quotes/],
    ['<Chart {...{ compare: "campaigns" }} />', 1, /<Chart \{…\}> spreads attributes the build cannot check: write each one as name="value"/],
    ['<Fig metric="campaign_launches">366</Fig>', 1, /<Fig> holds no text: write <Fig metric="…" \/>, closed by itself/],
    ["<div>khối</div>", 1, /may not hold HTML or components other than <Fig>, <Vi>, <Chart>/],
    ['<iframe src="https://example.com" />', 1, /may not hold HTML or components/],
    ["<Fig.Table />", 1, /may not hold HTML or components/],
    ["<>khối</>", 1, /may not hold HTML or components/],
    ['<Vi lang="en">x</Vi>', 1, /<Vi> takes no attributes: write <Vi>…<\/Vi>/],
    ["![ảnh](./anh.png)", 1, /may not hold images/],
    ["```js\nconsole.log(1)\n```", 1, /may not hold code blocks/],
    // 3. Links, inline and reference-style, with their definitions.
    ["Xem [bài gốc][1].\n\n[1]: javascript:alert(1)", 1, /link "javascript:alert\(1\)" is not an http\(s\) address or a #anchor/, 2],
    ["Xem [so sánh][2].\n\n[2]: /so-sanh/", 1, /link "\/so-sanh\/" starts with "\/" and would break when the site is served under a sub-path/, 2],
    ["Xem [so sánh].\n\n[so sánh]: <javascript:alert(1)>", 1, /link "javascript:alert\(1\)" is not an http\(s\) address/, 2],
    ["Xem [so sánh](/so-sanh/).", 5, /starts with "\/" and would break/],
    ["Xem [so sánh](../so-sanh/).", 5, /link "\.\.\/so-sanh\/" is not an http\(s\) address or a #anchor: write the full https:\/\/ address/],
    ["Xem [trang](data:text/html,x).", 5, /link "data:text\/html,x" is not an http\(s\) address/],
  ] as [string, number, RegExp, number?][])("refuses %j where it stands, saying what to write", (added, column, message, lineOffset = 0) => {
    const { files, line } = withText(VI, added);
    refusedAt(files, VI, line + lineOffset, column, message);
  });

  it("places a problem in the English story at its own line, frontmatter included", () => {
    const { files, line } = withText(EN, "The slogan <Vi>tự phòng, tự quản.");
    refusedAt(files, EN, line, 12, /<Vi> is never closed/);
  });

  it.each([
    "Xem [bài gốc][goc] và [mục số liệu](#so-lieu).\n\n[goc]: https://example.com/bai",
    "{/* ghi chú: <Fig metric=\"x\" /> cho biên tập viên */}",
    "Tỉ lệ < một nửa thì không kể, còn a > b; `mã` và ~~gạch~~ đều được.",
    "Khẩu hiệu <Vi>tự phòng, **tự quản**</Vi>.",
    "| Tỉnh | Cách đo |\n| --- | --- |\n| Hà Tĩnh | đợt phát động |",
    "Dấu \\{ và \\< viết như thế.",
  ])("accepts what the build renders safely: %j", (added) => {
    expect(problems(withText(VI, added).files)).toEqual([]);
  });
});

describe("placeholders and summaries (items 9 and 10)", () => {
  it.each([
    [VI, "Còn việc todo ở đây.", 10],
    [VI, "Còn việc Todo ở đây.", 10],
    [VI, "{/* todo: viết lại đoạn này */}", 5],
    [EN, "The rest is ToDo.", 13],
  ])("refuses a TODO in any case in the body of %s: %j", (path, added, column) => {
    const { files, line } = withText(path, added);
    refusedAt(files, path, line, column, /the story still holds a TODO placeholder: write the text in its place/);
  });

  it.each([
    [VI, "region: Bắc Trung Bộ", "region: todo", "region"],
    [VI, "capital: Hà Tĩnh", "capital: Hà Tĩnh (Todo)", "capital"],
    [EN, "region: North Central Coast", "region: North Central Coast, todo", "region"],
  ])("refuses a TODO in any case in a frontmatter value of %s (%s)", (path, from, to, field) => {
    const files = edit(realFiles(), path, from, to);
    refusedAt(files, path, lineOf(fileAt(files, path).text, to), 10 - (field === "region" ? 1 : 0), new RegExp(`field "${field}" still holds a(?: TODO)? placeholder`));
  });

  it.each([VI, EN])("refuses a tag in the summary of %s, which would be printed as typed", (path) => {
    const files = edit(realFiles(), path, "summary: >-\n", 'summary: >-\n  <Fig metric="campaign_launches" /> launches.\n');
    const found = problems(files);
    expect(found).toEqual([expect.stringMatching(/the summary is plain text, printed as written: tags such as <Fig metric="…" \/> and \{…\} show as they are typed/)]);
    expect(found[0]).toMatch(new RegExp(`^${path}:${lineOf(fileAt(files, path).text, "summary:")}:10 `));
  });
});

describe("both editions cite the same figures (item 10)", () => {
  const TURNS = '<Fig metric="campaign_participant_turns" />';

  it("refuses an English story that drops a figure and writes it by hand", () => {
    const files = edit(realFiles(), EN, TURNS, "150.000");
    const line = lineOf(fileAt(files, EN).text, "150.000");
    const column = fileAt(files, EN).text.split("\n")[line - 1]!.indexOf("150.000") + 1;
    expect(problems(files)).toEqual([
      expect.stringMatching(new RegExp(`^${EN}:${line}:${column} "150\\.000" is a figure written by hand: write it as <Fig metric="…" /> so it links to the sentence that stated it`)),
      expect.stringMatching(
        new RegExp(`^${EN}:1:1 the English story does not cite <Fig metric="campaign_participant_turns" />, which the Vietnamese story cites \\(${VI}:\\d+\\): cite it here too, or say why it is left out with \\{/\\* omit <Fig metric="campaign_participant_turns" />: why`),
      ),
    ]);
  });

  it("refuses a figure only the English story cites, at its line", () => {
    const { files, line } = withText(EN, 'Hà Nam counted <Fig metric="models" province="ha-nam" /> models.');
    refusedAt(files, EN, line, 16, /<Fig metric="models" province="ha-nam" \/> is not cited in the Vietnamese story content\/provinces\/ha-tinh\.mdx: both editions cite the same figures/);
  });

  it("compares sets: a figure cited twice in one edition and once in the other is the same set", () => {
    expect(problems(withText(VI, `Nhắc lại: ${TURNS} lượt.`).files)).toEqual([]);
  });

  it("accepts an omission said in the English story, with its reason", () => {
    const files = edit(realFiles(), EN, TURNS, `many {/* omit ${TURNS}: the English story keeps only the count of launches */}`);
    expect(problems(files)).toEqual([]);
  });

  it.each([
    [`{/* omit ${TURNS} */}`, /the omission of <Fig metric="campaign_participant_turns" \/> gives no reason/],
    ["{/* omit turns: too long */}", /an omission names one figure and says why: write \{\/\* omit <Fig metric="…" \/>: why/],
  ])("refuses an omission written %j", (comment, message) => {
    const files = edit(realFiles(), EN, TURNS, `many ${comment}`);
    const line = lineOf(fileAt(files, EN).text, "{/* omit");
    const found = problems(files).filter((p) => p.startsWith(`${EN}:${line}:`));
    expect(found).toEqual([expect.stringMatching(message)]);
  });

  it("refuses an omission of a figure the Vietnamese story does not cite", () => {
    const { files, line } = withText(EN, '{/* omit <Fig metric="models" />: not a figure of this province anyway */}');
    refusedAt(files, EN, line, 1, /the Vietnamese story content\/provinces\/ha-tinh\.mdx does not cite <Fig metric="models" \/>, so there is nothing to omit/);
  });
});

describe("bare numbers in story prose (item 10)", () => {
  it.each([
    [VI, "Tỉnh có 366 đợt phát động.", "366", 9],
    [VI, "Tỉ lệ đạt 90% khu dân cư.", "90%", 11],
    [VI, "Khoảng 1.078 người.", "1.078", 8],
    [VI, "Gấp 2,5 lần.", "2,5", 5],
    [VI, "## Hơn 300 đợt", "300", 8],
    [VI, "Có 1/4 số hộ.", "1/4", 4],
    [VI, "Mười năm, tức 10 năm.", "10", 15],
    [EN, "About 150,000 turns.", "150,000", 7],
    [EN, "*Some 27* models.", "27", 7],
    [EN, "The slogan <Vi>366 đợt</Vi>.", "366", 16],
  ])("refuses a number written by hand in %s: %j", (path, added, token, column) => {
    const { files, line } = withText(path, added);
    refusedAt(files, path, line, column, new RegExp(`"${token.replace(/[.]/g, "\\.")}" is a figure written by hand: write it as <Fig metric="…" />`));
  });

  it.each([
    [VI, "Năm 2023, giai đoạn 2013–2023 và 2023-2033, sáng 24/5/2023, tháng 6/2023, sáng 5/11, lúc 18:40, ngày 24."],
    [VI, "Chương trình 09, Chương trình phối hợp số 09, lần thứ 3, thứ 2, khóa 12, Nghị quyết 51, số 09."],
    [EN, "Program 09, Programme No. 09, No. 09, the 2nd and 3rd review, on 24 May 2023, on May 24, 5 November."],
  ])("leaves years, dates, times, ordinals and programme numbers alone in %s", (path, added) => {
    expect(problems(withText(path, added).files)).toEqual([]);
  });
});
