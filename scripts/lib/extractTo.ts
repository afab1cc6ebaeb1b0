import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PATHS } from "../../src/lib/data/projectPaths.ts";
import { allColumns, headerLine, RESULT_COLUMNS } from "../../src/lib/data/columns.ts";
import { appendRows } from "../../src/lib/extract/appendRows.ts";
import { definitionHint } from "../../src/lib/extract/definitionHint.ts";
import { candidateCells } from "../../src/lib/extract/candidateCells.ts";
import type { Candidate } from "../../src/lib/extract/extractFigures.ts";
import { recordArchive } from "../../src/lib/extract/recordArchive.ts";
import { archiveDir } from "./archiveDir.ts";

/** What `extract --to` did, as lines for the editor, and whether it succeeded. */
export interface ExtractToReport {
  ok: boolean;
  out: string[];
  err: string[];
}

/**
 * Writes an article's candidate rows into `data/results/<slug>.csv` of the project at `root` and, with a
 * source id, saves the article's text in the archive as `<source>.txt` and records that name in the source's
 * row of data/sources.csv. Checks everything before writing anything, so a refusal leaves every file as it was.
 */
export function extractTo(root: string, slug: string, source: string, text: string, rows: readonly Candidate[], env: NodeJS.ProcessEnv = process.env): ExtractToReport {
  const out: string[] = [];
  const err: string[] = [];
  // Both become file names: nothing but a slug may reach the file system.
  const form = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  if (!form.test(slug)) return { ok: false, out, err: [`"${slug}" is not a province slug (lower-case letters and digits joined by "-", e.g. quang-ninh): nothing was written.`] };
  if (source && !form.test(source)) return { ok: false, out, err: [`"${source}" is not a source id (lower-case letters and digits joined by "-", e.g. quang-ninh-1): nothing was written.`] };
  const results = `${PATHS.results}/${slug}.csv`;
  if (!existsSync(join(root, results))) {
    return { ok: false, out, err: [`There is no ${results}: create the province first (npm run new-province -- "Tên tỉnh"), or check the slug after --to.`] };
  }
  const fileText = readFileSync(join(root, results), "utf8");
  const header = fileText.split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, "").split(",");
  const missing = RESULT_COLUMNS.required.filter((c) => !header.includes(c));
  if (missing.length) {
    return { ok: false, out, err: [`${results} has no header ${headerLine(RESULT_COLUMNS)} on its first line (missing: ${missing.join(", ")}): fix it first, then run extract again.`] };
  }

  const archive = archiveDir(root, env);
  const copyName = `${source}.txt`;
  const copy = join(archive, copyName);
  const shown = relative(root, copy) || copy;
  if (source && existsSync(copy) && readFileSync(copy, "utf8") !== text) {
    return { ok: false, out, err: [`${shown} already holds a different text: nothing was written. If this is another article, give it its own source id; if it is a new version of the same one, delete the old copy first.`] };
  }

  const columns = allColumns(RESULT_COLUMNS);
  const appended = appendRows(fileText, rows.map((r) => {
    const cells = candidateCells(r, columns);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
  }));
  if (appended.added.length) writeFileSync(join(root, results), appended.text);
  const at = (name: string) => header.indexOf(name);
  const n = appended.added.length;
  const present = appended.present.length ? ` (${appended.present.length} already there, left as they were)` : "";
  out.push(`Added ${n} row${n === 1 ? "" : "s"} to ${results}${present}${n ? ":" : "."}`);
  for (const cells of appended.added) {
    const value = cells[at("value")] || "(no number)";
    out.push(`  ${cells[at("metric")]}  ${cells[at("qualifier")]} ${value}  “${cells[at("quote")]}”`);
    // A proposed metric comes with the row of data/metrics.csv the extractor suggests for it.
    const hint = rows.map((r) => (r.quote === cells[at("quote")] ? definitionHint(r) : undefined)).find(Boolean);
    if (hint) out.push(`      ${hint}`);
  }
  const undecided = appended.added.filter((cells) => /^TODO\b/.test(cells[at("metric")]!)).length;
  if (undecided) out.push(`${undecided} row${undecided === 1 ? " needs" : "s need"} your decision (metric TODO): npm run check points at each one.`);
  if (n) out.push("Read every row against the article: delete those you do not want, and write each note in English too (note_en).");
  if (!source) err.push(`No --source: the rows have an empty source column. Write the article's id from ${PATHS.sources} there (npm run check shows where).`);
  else saveCopy(root, source, slug, text, copy, copyName, shown, out, err);
  return { ok: true, out, err };
}

/** Saves the article's text in the archive and records its file name in data/sources.csv. */
function saveCopy(root: string, source: string, slug: string, text: string, copy: string, copyName: string, shown: string, out: string[], err: string[]): void {
  if (existsSync(copy)) out.push(`The article is already in the archive as ${shown}.`);
  else {
    mkdirSync(join(copy, ".."), { recursive: true });
    writeFileSync(copy, text);
    out.push(`Saved the article's text as ${shown}.`);
  }
  const sourcesPath = join(root, PATHS.sources);
  const record = recordArchive(readFileSync(sourcesPath, "utf8"), source, copyName);
  if (record.kind === "written") {
    writeFileSync(sourcesPath, record.text);
    out.push(`Wrote ${copyName} in the archive column of ${source} in ${PATHS.sources}.`);
  } else if (record.kind === "different") {
    err.push(`${PATHS.sources} names "${record.name}" as the archived copy of ${source}, not ${copyName}: left it as it is. If both are this article, write ${copyName} there (or delete the one you do not need).`);
  } else if (record.kind === "no-row") {
    const cells: Record<string, string> = { id: source, province: slug, archive: copyName };
    err.push(`${source} has no row in ${PATHS.sources} yet. Add this line and fill in what the article states (outlet, title, dates, author, url; a note also in note_en):`);
    err.push(`  ${record.columns.map((c) => cells[c] ?? "").join(",")}`);
  } else if (record.kind === "no-column") {
    err.push(`${PATHS.sources} has no archive column: add it to the header and write ${copyName} in it for ${source}.`);
  }
}
