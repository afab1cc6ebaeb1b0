// npm run check: validates every editor's file with the build's own rules and lists every problem at once,
// then compares each quote with the newsroom's archived copy of its article.
import { relative } from "node:path";
import { DataError } from "../src/lib/data/DataError.ts";
import { formatProblem, sortProblems } from "../src/lib/data/Problem.ts";
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { validateProject } from "../src/lib/data/validateProject.ts";
import { archiveQuotes } from "../src/lib/data/archiveQuotes.ts";
import { archiveDir, archiveReader } from "./lib/archiveDir.ts";

const root = process.cwd();
const archive = archiveDir(root);
const shown = relative(root, archive).startsWith("..") ? archive : `${relative(root, archive)}/`;
// CI sets REQUIRE_ARCHIVE=1: there every quote must be compared with its article, so a missing copy fails.
const required = process.env.REQUIRE_ARCHIVE === "1";

try {
  const { dataset, problems: found } = validateProject(readProjectFiles(root));
  const { problems: misquoted, missing } = archiveQuotes(dataset, archiveReader(archive, shown), shown);
  const problems = [...found, ...misquoted, ...(required ? missing : [])];
  if (!required && missing.length) {
    const sources = new Set(dataset.results.map((r) => r.source)).size;
    console.error(`Quotes NOT checked for ${missing.length} of ${sources} sources: their archived copy is not in ${shown}.`);
    console.error(sortProblems(missing).map(formatProblem).join("\n"));
    console.error("");
  }
  if (problems.length) {
    console.error(sortProblems(problems).map(formatProblem).join("\n"));
    console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}: fix them and run npm run check again.`);
    process.exit(1);
  }
  const checked = missing.length ? `quotes checked where ${shown} has the article; ${missing.length} source${missing.length === 1 ? "" : "s"} not checked, see above` : `every quote checked against ${shown}`;
  console.log(`OK (${checked}): ${dataset.provinces.length} provinces, ${dataset.results.length} figures from ${dataset.sources.length} articles, ${dataset.metrics.length} metrics.`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.problems.map(formatProblem).join("\n"));
  process.exit(1);
}
