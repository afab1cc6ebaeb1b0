// npm run check: validates every editor's file with the build's own rules and verifies each row where its quote
// stands in the newsroom's archived copy of its article (checkProject, which the build runs too); lists every
// problem at once.
import { DataError } from "../src/lib/data/DataError.ts";
import { formatProblem, sortProblems } from "../src/lib/data/Problem.ts";
import { checkProject } from "../src/lib/data/checkProject.ts";
import { archiveSetting } from "../src/lib/data/archiveFolder.ts";

const root = process.cwd();
const { shown } = archiveSetting(root);

try {
  const { dataset, problems, notCompared, notice } = checkProject(root);
  if (notice) {
    console.error(notice);
    if (notCompared.length) console.error(sortProblems(notCompared).map(formatProblem).join("\n"));
    console.error("");
  }
  if (problems.length) {
    console.error(sortProblems(problems).map(formatProblem).join("\n"));
    console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}: fix them and run npm run check again.`);
    process.exit(1);
  }
  const checked = notice ? (notCompared.length ? `quotes checked where ${shown} has the article; ${notCompared.length} source${notCompared.length === 1 ? "" : "s"} not checked, see above` : "quotes not compared with their articles, see above") : `every quote checked against ${shown}`;
  console.log(`OK (${checked}): ${dataset.provinces.length} provinces, ${dataset.results.length} figures from ${dataset.sources.length} articles, ${dataset.metrics.length} metrics.`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.problems.map(formatProblem).join("\n"));
  process.exit(1);
}
