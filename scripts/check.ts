// npm run check: validates every editor's file with the build's own rules and lists every problem at once.
import { DataError } from "../src/lib/data/DataError.ts";
import { formatProblem, sortProblems } from "../src/lib/data/Problem.ts";
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { validateProject } from "../src/lib/data/validateProject.ts";

try {
  const { dataset, problems } = validateProject(readProjectFiles(process.cwd()));
  if (problems.length) {
    console.error(sortProblems(problems).map(formatProblem).join("\n"));
    console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}: fix them and run npm run check again.`);
    process.exit(1);
  }
  console.log(`OK: ${dataset.provinces.length} provinces, ${dataset.results.length} figures from ${dataset.sources.length} articles, ${dataset.metrics.length} metrics.`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.problems.map(formatProblem).join("\n"));
  process.exit(1);
}
