import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/lib/data/frontmatter.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { DataError } from "../../src/lib/data/DataError.ts";
import { copyProject, edit, problemsOf, realFiles } from "../helpers/project.ts";
import { YAML_CASES, VI } from "../fixtures/storyCases.ts";

const STORY = (fields: string) => `---\nslug: x\n${fields}\n---\n\nThân bài.\n`;

describe("frontmatter is read safely", () => {
  it.each(YAML_CASES.map((c) => [c.name, c] as const))("refuses %s at its line and column, saying what to write", (_, c) => {
    const files = edit(realFiles(), VI, c.from, c.to);
    const found = problemsOf(files).filter((p) => p.startsWith(`${VI}:`)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    expect(found[0]).toMatch(new RegExp(`^${VI}:${c.line}:${c.column} `));
    expect(found[0]).toMatch(c.says);
  });

  it("reads an alias bomb in linear time, refusing it without expanding it", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const started = performance.now();
    const read = readFrontmatter(STORY(lines.join("\n")), "s.mdx");
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.frontmatter).toBeUndefined();
    expect(read.problems.length).toBeGreaterThan(10);
    expect(read.problems.every((p) => /alias|anchor/.test(p.message))).toBe(true);
  });

  it("refuses a frontmatter over 16 KB before reading its YAML", () => {
    const read = readFrontmatter(STORY(`summary: "${"a".repeat(20_000)}"`), "s.mdx");
    expect(read.problems).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/^the frontmatter is 21 KB, over the limit of 16 KB \(.*\): keep its fields short/) })]);
  });

  it("ends the frontmatter where the MDX compiler does, at the first line starting with ---", () => {
    const read = readFrontmatter("---\nslug: x\nsummary: >-\n  a\n---x\n---\n\nThân.\n", "s.mdx");
    expect(read.problems).toEqual([expect.objectContaining({ line: 5, column: 1, message: expect.stringMatching(/a line starting with --- ends the frontmatter, so "---x" would end it here/) })]);
  });
});

describe("sizes are bounded", () => {
  it("refuses a summary over 1,000 characters and a name over 200, saying why", () => {
    const files = edit(realFiles(), VI, "name: Hà Tĩnh", `name: Hà Tĩnh${" Tĩnh".repeat(50)}`);
    edit(files, VI, "summary: >-\n", `summary: >-\n  ${"Một câu dài. ".repeat(100)}\n`);
    const found = problemsOf(files).filter((p) => p.startsWith(`${VI}:`));
    expect(found).toContainEqual(expect.stringMatching(/ha-tinh\.mdx:2:7 field "name" is 257 characters, over the limit of 200 \(it is a name or a title.*\): shorten it/));
    expect(found).toContainEqual(expect.stringMatching(/ha-tinh\.mdx:12:10 field "summary" is [\d,]+ characters, over the limit of 1,000 \(it is one paragraph/));
  });

  it("refuses a CSV cell over 2,000 characters at its cell", () => {
    const files = realFiles();
    const results = files.results.find((f) => f.path === "data/results/ha-tinh.csv")!;
    results.text = `${results.text.trimEnd()},${"x".repeat(2_100)}\n`.replace(/,([^,\n]*),(x+)\n$/, ",$1$2\n");
    expect(problemsOf(files).join("\n")).toMatch(/data\/results\/ha-tinh\.csv:\d+:\d+ column "note_en": a cell is [\d,]+ characters, over the limit of 2,000/);
  });

  it("refuses a story, a results file and the project over their limits before reading them", () => {
    const project = copyProject();
    try {
      project.write("content/provinces/ha-tinh.mdx", `${project.read("content/provinces/ha-tinh.mdx")}\n${"Văn bản dài. ".repeat(10_000)}\n`);
      project.write("data/results/ha-nam.csv", `${project.read("data/results/ha-nam.csv")}${"x,1,exact,ha-nam-1,q,,\n".repeat(25_000)}`);
      let error: unknown;
      try {
        readProjectFiles(project.dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      const messages = (error as DataError).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
      expect(messages).toEqual([
        expect.stringMatching(/^content\/provinces\/ha-tinh\.mdx:1:1 a story file is 1\d\d KB, over the limit of 100 KB \(a story page must stay light/),
        expect.stringMatching(/^data\/results\/ha-nam\.csv:1:1 a results file is \d+ KB, over the limit of 500 KB/),
      ]);
    } finally {
      project.remove();
    }
  });
});
