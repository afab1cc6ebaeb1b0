import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProjectFiles } from "../../src/lib/data/model.ts";
import { ACCEPTED, ACCEPTED_EN, BARE_NUMBERS, EN, SYNTAX, TODO_BODY, TODO_FRONTMATTER, TURNS, VI } from "../fixtures/storyCases.ts";
import { appendToStory, edit, fileAt, lineOf, problemsOf, realFiles, ROOT } from "../helpers/project.ts";


/** Expects exactly one problem, in `path` at `line`:`column`, saying `message`. */
function refusedAt(files: ProjectFiles, path: string, line: number, column: number, message: RegExp): void {
  const found = problemsOf(files);
  expect(found).toEqual([expect.stringMatching(new RegExp(`^${path}:${line}:${column} `))]);
  expect(found[0]).toMatch(message);
}

describe("a story is read with the build's MDX parser, and only what a story may hold passes (issue 13, items 1–3)", () => {
  it.each(SYNTAX)("refuses %j where it stands, saying what to write", (added, column, message, lineOffset = 0) => {
    const { files, first: line } = appendToStory(VI, added);
    refusedAt(files, VI, line + lineOffset, column, message);
  });

  it("places a problem in the English story at its own line, frontmatter included", () => {
    const { files, first: line } = appendToStory(EN, "The slogan <Vi>tự phòng, tự quản.");
    refusedAt(files, EN, line, 12, /<Vi> is never closed/);
  });

  it.each(ACCEPTED)("accepts what the build renders safely: %j", (added) => {
    expect(problemsOf(appendToStory(VI, added).files)).toEqual([]);
  });
});

describe("placeholders and summaries (items 9 and 10)", () => {
  it.each(TODO_BODY)("refuses a TODO in any case in the body of %s: %j", (path, added, column) => {
    const { files, first: line } = appendToStory(path, added);
    refusedAt(files, path, line, column, /the story still holds a TODO placeholder: write the text in its place/);
  });

  it.each(TODO_FRONTMATTER)("refuses a TODO in any case in a frontmatter value of %s (%s)", (path, from, to, field) => {
    const files = edit(realFiles(), path, from, to);
    refusedAt(files, path, lineOf(fileAt(files, path).text, to), 10 - (field === "region" ? 1 : 0), new RegExp(`field "${field}" still holds a(?: TODO)? placeholder`));
  });

  it.each([VI, EN])("refuses a tag in the summary of %s, which would be printed as typed", (path) => {
    const files = edit(realFiles(), path, "summary: >-\n", 'summary: >-\n  <Fig metric="campaign_launches" /> launches.\n');
    const found = problemsOf(files);
    expect(found).toEqual([expect.stringMatching(/the summary is plain text, printed as written: tags such as <Fig metric="…" \/> and comments \{\/\* … \*\/\} show as they are typed/)]);
    expect(found[0]).toMatch(new RegExp(`^${path}:${lineOf(fileAt(files, path).text, "summary:")}:10 `));
  });
});

describe("both editions cite the same figures (item 10)", () => {
  it("refuses an English story that drops a figure and writes it by hand", () => {
    const files = edit(realFiles(), EN, TURNS, "150.000");
    const line = lineOf(fileAt(files, EN).text, "150.000");
    const column = fileAt(files, EN).text.split("\n")[line - 1]!.indexOf("150.000") + 1;
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(new RegExp(`^${EN}:${line}:${column} "150\\.000" is a figure written by hand: write it as <Fig metric="…" /> so it links to the sentence that stated it`)),
      expect.stringMatching(
        new RegExp(`^${EN}:1:1 the English story does not cite <Fig metric="campaign_participant_turns" />, which the Vietnamese story cites \\(${VI}:\\d+\\): cite it here too, or say why it is left out with \\{/\\* omit <Fig metric="campaign_participant_turns" />: why`),
      ),
    ]);
  });

  it("refuses a figure only the English story cites, at its line", () => {
    const { files, first: line } = appendToStory(EN, 'Hà Nam counted <Fig metric="models" province="ha-nam" /> models.');
    refusedAt(files, EN, line, 16, /<Fig metric="models" province="ha-nam" \/> is not cited in the Vietnamese story content\/provinces\/ha-tinh\.mdx: both editions cite the same figures/);
  });

  it("compares sets: a figure cited twice in one edition and once in the other is the same set", () => {
    expect(problemsOf(appendToStory(VI, `Nhắc lại: ${TURNS} lượt.`).files)).toEqual([]);
  });

  it("accepts an omission said in the English story, with its reason", () => {
    const files = edit(realFiles(), EN, TURNS, `many {/* omit ${TURNS}: the English story keeps only the count of launches */}`);
    expect(problemsOf(files)).toEqual([]);
  });

  it.each([
    [`{/* omit ${TURNS} */}`, /the omission of <Fig metric="campaign_participant_turns" \/> gives no reason/],
    ["{/* omit turns: too long */}", /an omission names one figure and says why: write \{\/\* omit <Fig metric="…" \/>: why/],
  ])("refuses an omission written %j", (comment, message) => {
    const files = edit(realFiles(), EN, TURNS, `many ${comment}`);
    const line = lineOf(fileAt(files, EN).text, "{/* omit");
    const found = problemsOf(files).filter((p) => p.startsWith(`${EN}:${line}:`));
    expect(found).toEqual([expect.stringMatching(message)]);
  });

  it("refuses an omission of a figure the English story cites all the same", () => {
    const { files, first: line } = appendToStory(EN, `{/* omit ${TURNS}: the English story keeps only the count of launches */}`);
    refusedAt(files, EN, line, 1, /<Fig metric="campaign_participant_turns" \/> is marked as omitted but this story cites it: delete the omission, or the <Fig>/);
  });

  it("refuses an omission of a figure the Vietnamese story does not cite", () => {
    const { files, first: line } = appendToStory(EN, '{/* omit <Fig metric="models" />: not a figure of this province anyway */}');
    refusedAt(files, EN, line, 1, /the Vietnamese story content\/provinces\/ha-tinh\.mdx does not cite <Fig metric="models" \/>, so there is nothing to omit/);
  });
});

describe("bare numbers in story prose (item 10)", () => {
  it.each(BARE_NUMBERS)("refuses a number written by hand in %s: %j", (path, added, token, column) => {
    const { files, first: line } = appendToStory(path, added);
    refusedAt(files, path, line, column, new RegExp(`"${token.replace(/[.]/g, "\\.")}" is a figure written by hand: write it as <Fig metric="…" />`));
  });

  it.each([...ACCEPTED.slice(-2).map((t) => [VI, t]), ...ACCEPTED_EN.map((t) => [EN, t])])("leaves years, dates, times, ordinals and programme numbers alone in %s", (path, added) => {
    expect(problemsOf(appendToStory(path, added).files)).toEqual([]);
  });
});

describe("a misspelt figure is reported once, not also as a difference between the editions", () => {
  it.each([
    [VI, '<Fig metric="campaign_launches" />', '<Fig metric="campaign_lunches" />'],
    [EN, '<Fig metric="campaign_launches" />', '<Fig metric="campaign_lunches" />'],
  ])("in %s", (path, from, to) => {
    const files = edit(realFiles(), path, from, to);
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${path}:\\d+:\\d+ <Fig metric="campaign_lunches"> refers to no figure of ha-tinh`))]);
  });
});

describe("check's MDX parser is the build's", () => {
  it("is the one copy of satteri, which @astrojs/mdx compiles stories with", () => {
    const version = (dir: string) => JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")).version;
    const ours = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).dependencies.satteri;
    expect(version("node_modules/satteri")).toBe(ours);
    // No copy of its own for Astro's processor: a nested one would parse stories another way than check does.
    expect(existsSync(join(ROOT, "node_modules/@astrojs/markdown-satteri/node_modules/satteri"))).toBe(false);
    expect(readFileSync(join(ROOT, "node_modules/@astrojs/markdown-satteri/dist/mdx/create-processor.js"), "utf8")).toMatch(/from "satteri"/);
  });
});
