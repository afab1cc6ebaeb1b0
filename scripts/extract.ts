// npm run extract -- [--to SLUG] [--source ID] [--json] [article.txt]: candidate results rows for every figure an
// article states; with --to, written into data/results/SLUG.csv, and the article saved in the archive.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeText } from "../src/lib/data/decodeText.ts";
import { readProjectFiles } from "../src/lib/data/readProject.ts";
import { normaliseArticle } from "../src/lib/text/normaliseArticle.ts";
import { allColumns, RESULT_COLUMNS } from "../src/lib/data/columns.ts";
import { readMetrics } from "../src/lib/data/validateProject.ts";
import { formatProblem } from "../src/lib/data/Problem.ts";
import { candidateCells } from "../src/lib/extract/candidateCells.ts";
import { definitionHint } from "../src/lib/extract/definitionHint.ts";
import { extractFigures } from "../src/lib/extract/extractFigures.ts";
import { toCsv } from "../src/lib/format/toCsv.ts";
import { extractTo } from "./lib/extractTo.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    to: { type: "string" },
    source: { type: "string", default: "" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log("Usage: npm run extract -- [--to SLUG] [--source ID] [--json] [article.txt]   (reads standard input without a file)");
  process.exit(0);
}
// One form of the text throughout: the archived copy, the quotes and check's search must agree to the character.
// The article is decoded strictly, like every editor's file: a copy in another encoding is refused, never archived.
const article = decodeText(readFileSync(positionals[0] ?? 0), positionals[0] ?? "(standard input)", "article");
if ("problem" in article) {
  console.error(formatProblem(article.problem));
  process.exit(1);
}
const text = normaliseArticle(article.text);
const { metrics, problems } = readMetrics(readProjectFiles(process.cwd()).metrics);
if (problems.length) {
  console.error(problems.map(formatProblem).join("\n"));
  process.exit(1);
}
const rows = extractFigures(text, metrics, values.source);
if (values.to !== undefined) {
  const report = extractTo(process.cwd(), values.to, values.source, text, rows);
  if (report.out.length) console.log(report.out.join("\n"));
  if (report.err.length) console.error(report.err.join("\n"));
  process.exit(report.ok ? 0 : 1);
} else if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  // The rows paste into data/results/<slug>.csv as they are: same columns, quotes exactly as in the article.
  const columns = allColumns(RESULT_COLUMNS);
  process.stdout.write(toCsv(columns, rows.map((r) => candidateCells(r, columns)), { guardFormulas: false }));
  for (const hint of rows.map(definitionHint).filter(Boolean)) console.error(hint);
  console.error(`${rows.length} figures found. Check each row against the article before you keep it (or write them straight into the province's file with --to <slug>).`);
}
