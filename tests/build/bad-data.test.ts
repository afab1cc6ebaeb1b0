import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyProject } from "../helpers/project.ts";

// One build of a copy of the project with several broken files: the build must stop, print each problem as
// file:line:column with what to write instead, and publish nothing.
describe("a build with broken editor files", () => {
  const project = copyProject();
  let build: { status: number | null; output: string };

  beforeAll(() => {
    const edit = (path: string, from: string, to: string) => {
      const text = project.read(path);
      if (!text.includes(from)) throw new Error(`${path} lacks ${from}`);
      project.write(path, text.replace(from, to));
    };
    edit("data/results/ha-tinh.csv", "campaign_launches,366,over", "campaign_launches,366,more");
    edit("data/results/thai-nguyen.csv", "mass_organisations,7100,", "mass_organisations,7.100,");
    edit("data/sources.csv", ",2023-05-31,", ",31/5/2023,");
    edit("content/provinces/ha-tinh.mdx", "capital: Hà Tĩnh\n", "");
    edit("content/provinces/ha-nam.mdx", '<Fig metric="models" />', '<Fig metric="modles" />');
    build = astroBuild(project.dir);
  });
  afterAll(() => project.remove());

  it("fails", () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain("The content and data files have 5 problems; nothing was built.");
  });

  it.each([
    [/data\/results\/ha-tinh\.csv:2:23 "more" is not a qualifier/],
    [/data\/results\/thai-nguyen\.csv:3:\d+ .*"7\.100" means 7100; write 7100/],
    [/data\/sources\.csv:5:\d+ column "published": "31\/5\/2023" is not a date/],
    [/content\/provinces\/ha-tinh\.mdx:\d+:1 the frontmatter has no "capital"/],
    [/content\/provinces\/ha-nam\.mdx:\d+:\d+ <Fig metric="modles"> refers to no figure of ha-nam.*Did you mean "models"\?/],
  ])("names the file, line and column of %s", (pattern) => {
    expect(build.output).toMatch(pattern);
  });

  it("writes no pages", () => {
    expect(() => project.read("dist/index.html")).toThrow();
  });
});
