import { describe, expect, it } from "vitest";
import { FRONTMATTER_TEXT, TEXT_ACCEPTED, TEXT_RULES, VI } from "../fixtures/storyCases.ts";
import { appendToStory, edit, fileAt, problemsOf, realFiles } from "../helpers/project.ts";

// Issue 21, kind 6: the story's published text read over the syntax tree, block by block.
describe("story and frontmatter text", () => {
  it.each(TEXT_RULES.map(([path, text, column, message]) => [`${path}: ${text}`, path, text, column, message] as const))(
    "refuses %s where it stands, saying what to write",
    (_, path, text, column, message) => {
      const { files, last } = appendToStory(path, text);
      const found = problemsOf(files).filter((p) => p.startsWith(`${path}:`));
      expect(found).toEqual([expect.stringMatching(new RegExp(`^${path}:${last}:${column} `))]);
      expect(found[0]).toMatch(message);
    },
  );

  it.each(FRONTMATTER_TEXT.map(([from, to, phrase, message]) => [phrase, from, to, phrase, message] as const))("refuses %s in the frontmatter at its place", (_, from, to, phrase, message) => {
    const files = edit(realFiles(), VI, from, to);
    const lines = fileAt(files, VI).text.split("\n");
    const line = lines.findIndex((l) => l.includes(phrase)) + 1;
    const column = lines[line - 1]!.indexOf(phrase.split(" ")[0]!) + 1;
    const found = problemsOf(files).filter((p) => p.startsWith(`${VI}:`));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${VI}:${line}:${column} `))]);
    expect(found[0]).toMatch(message);
  });

  it.each(TEXT_ACCEPTED)("leaves alone %s", (text) => {
    const { files } = appendToStory(VI, text);
    expect(problemsOf(files).filter((p) => p.startsWith(`${VI}:`))).toEqual([]);
  });

  it("passes on the real stories", () => {
    expect(problemsOf(realFiles())).toEqual([]);
  });
});
