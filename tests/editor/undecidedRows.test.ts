import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/lib/data/loadProject.ts";
import { copyProject, edit, fileAt, lineOf, problemsOf, realFiles } from "../helpers/project.ts";

const FILE = "data/results/ha-nam.csv";
const append = (text: string) => {
  const files = realFiles();
  fileAt(files, FILE).text += text;
  return files;
};

describe("check refuses rows the extractor left for an editor to decide, at their metric cell", () => {
  it("a proposed new id: TODO:<id>", () => {
    const files = append("TODO:nguon_tin,340,exact,ha-nam-1,340 nguồn tin,,\n");
    const line = lineOf(fileAt(files, FILE).text, "TODO:nguon_tin");
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}:1 undecided row \\(TODO\\): the extractor proposes a new metric "nguon_tin"\\. Add it to data/metrics\\.csv`))]);
  });

  it("no metric guessed: TODO", () => {
    const files = append("TODO,37,exact,ha-nam-1,37 sản phẩm,,\n");
    const line = lineOf(fileAt(files, FILE).text, "TODO,37");
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:${line}:1 undecided row \\(TODO\\): the extractor could not tell what this figure measures`))]);
  });

  it("so does the build, which loads the project through the same validation (src/content.config.ts)", () => {
    const project = copyProject();
    try {
      project.write(FILE, `${project.read(FILE)}TODO:nguon_tin,340,exact,ha-nam-1,340 nguồn tin,,\n`);
      expect(() => loadProject(project.dir)).toThrow(/undecided row \(TODO\)/);
    } finally {
      project.remove();
    }
  });

  it("and the same row passes once the editor writes a metric", () => {
    const files = append("TODO:cum_an_ninh,5,exact,ha-nam-1,5 cụm an ninh,,\n");
    expect(problemsOf(files)).toHaveLength(1);
    edit(files, FILE, "TODO:cum_an_ninh,5", "security_clusters,5");
    expect(problemsOf(files)).toEqual([]);
  });
});

describe("check names what appending extract's output with >> brought into a results file", () => {
  it("says 'duplicate header' for a repeated header row, and names npm's banner", () => {
    const files = append("\n> chuong-trinh-09@ extract\n> node scripts/extract.ts --source ha-nam-1 a.txt\n\nmetric,value,qualifier,source,quote,note,note_en\n");
    const text = fileAt(files, FILE).text;
    expect(problemsOf(files)).toEqual([
      `${FILE}:${lineOf(text, "> chuong")}:1 this line is npm's banner ("> chuong-trinh-09@ extract"), not a row: delete it (npm run extract -- --to <slug> writes rows without it)`,
      `${FILE}:${lineOf(text, "> node")}:1 this line is npm's banner ("> node scripts/extract.ts --source ha-nam-1 a.txt"), not a row: delete it (npm run extract -- --to <slug> writes rows without it)`,
      `${FILE}:${text.split("\n").lastIndexOf("metric,value,qualifier,source,quote,note,note_en") + 1}:1 duplicate header: this line repeats the header of line 1; delete it`,
    ]);
  });
});
