// npm run extract -- [--source ID] [--json] [article.txt]: candidate results rows for every figure an article states.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { readMetrics, RESULT_COLUMNS } from "../src/lib/data/validateProject.ts";
import { formatProblem } from "../src/lib/data/Problem.ts";
import { extractFigures } from "../src/lib/extract/extractFigures.ts";
import { toCsv } from "../src/lib/format/toCsv.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: "string", default: "" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log("Usage: npm run extract -- [--source ID] [--json] [article.txt]   (reads standard input without a file)");
  process.exit(0);
}
const text = readFileSync(positionals[0] ?? 0, "utf8").replace(/\r\n?/g, "\n").normalize("NFC");
const { metrics, problems } = readMetrics(readProjectFiles(process.cwd()).metrics);
if (problems.length) {
  console.error(problems.map(formatProblem).join("\n"));
  process.exit(1);
}
const rows = extractFigures(text, metrics, values.source);
if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  // The rows paste into data/results/<slug>.csv as they are: same columns, quotes exactly as in the article.
  const columns = [...RESULT_COLUMNS.required, ...RESULT_COLUMNS.optional];
  process.stdout.write(toCsv(columns, rows.map((r) => columns.map((c) => r[c])), { guardFormulas: false }));
  console.error(`${rows.length} figures found. Check each row against the article before you keep it.`);
}
