import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { writeSyntheticProvinces } from "../../scripts/lib/synthetic.ts";
import { copyProject } from "../helpers/project.ts";

// The benchmark's provinces must pass the same checks as an editor's, or `npm run bench` measures nothing.
describe("the benchmark's synthetic provinces", () => {
  it("form a valid project, in both editions", () => {
    const project = copyProject();
    try {
      writeSyntheticProvinces(project.dir, 5);
      const { dataset, problems } = validateProject(readProjectFiles(project.dir));
      expect(problems.map(formatProblem)).toEqual([]);
      expect(dataset.provinces).toHaveLength(5);
      expect(dataset.provinces.every((p) => p.en.summary.length > 0)).toBe(true);
    } finally {
      project.remove();
    }
  });
});
