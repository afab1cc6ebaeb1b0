// npm run check: validates every editor's file with the build's own rules and lists every problem at once.
import { DataError } from "../src/lib/data/DataError.ts";
import { formatProblem, sortProblems } from "../src/lib/data/Problem.ts";
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { validateProject } from "../src/lib/data/validateProject.ts";
import { archiveQuotes } from "../src/lib/data/archiveQuotes.ts";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// The newsroom keeps its copies of the articles beside the repository; ARCHIVE_DIR points elsewhere.
const archive = resolve(process.env.ARCHIVE_DIR ?? "../shared/seeds");

try {
  const { dataset, problems: found } = validateProject(readProjectFiles(process.cwd()));
  const problems = [...found];
  if (existsSync(archive)) {
    problems.push(...archiveQuotes(dataset, (file) => (existsSync(join(archive, file)) ? readFileSync(join(archive, file), "utf8") : undefined)));
  } else {
    console.error(`Note: no article archive at ${archive}; quotes were not checked against the articles (set ARCHIVE_DIR).`);
  }
  if (problems.length) {
    console.error(sortProblems(problems).map(formatProblem).join("\n"));
    console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}: fix them and run npm run check again.`);
    process.exit(1);
  }
  console.log(`OK${existsSync(archive) ? " (quotes checked against the archive)" : ""}: ${dataset.provinces.length} provinces, ${dataset.results.length} figures from ${dataset.sources.length} articles, ${dataset.metrics.length} metrics.`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.problems.map(formatProblem).join("\n"));
  process.exit(1);
}
