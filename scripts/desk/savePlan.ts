import { archiveQuotes } from "../../src/lib/data/archiveQuotes.ts";
import type { ProjectFiles, TextFile } from "../../src/lib/data/model.ts";
import type { Problem } from "../../src/lib/data/Problem.ts";
import { PATHS } from "../../src/lib/data/projectPaths.ts";
import { allColumns, RESULT_COLUMNS } from "../../src/lib/data/columns.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { provinceTemplate } from "../../src/lib/editor/provinceTemplate.ts";
import { slugify } from "../../src/lib/text/slugify.ts";
import { appendRows } from "../../src/lib/extract/appendRows.ts";
import { appendRecords } from "./appendRecords.ts";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import type { SaveDecision } from "./decision.ts";
import { csvCellAt, storyFieldAt, type FieldProblem } from "./fieldOf.ts";
import { addStorySource, fillStory } from "./storyFiles.ts";

/** The files a save writes: project files by path relative to the root, and the article's archived copy by name. */
export interface SavePlan {
  writes: TextFile[];
  archive: { name: string; text: string } | undefined;
}

/** The paths of every project file a save of province `slug` may touch, for hashing when the desk opens it. */
export function touchedPaths(slug: string): string[] {
  return [PATHS.metrics, PATHS.sources, `${PATHS.results}/${slug}.csv`, `${PATHS.stories}/${slug}.mdx`, `${PATHS.translations}/${slug}.mdx`];
}

/**
 * The files a decision writes, of those `touchedPaths` lists: only these must be unchanged on disk for it to be
 * saved (a file it leaves alone may change meanwhile; the validation reads it as it is at the save).
 */
export function writtenPaths(decision: SaveDecision): string[] {
  const [metrics, sources, results, story, translation] = touchedPaths(decision.slug);
  return [...(decision.metrics.length ? [metrics!] : []), sources!, results!, story!, ...(decision.name !== undefined ? [translation!] : [])];
}

/** The ids of the articles data/sources.csv already lists, from its text. */
export function sourceIds(sourcesText: string): Set<string> {
  const table = parseCsv(sourcesText, "");
  const idAt = table.header.findIndex((c) => c.text === "id");
  return new Set(table.rows.map((r) => r.cells[idAt]?.text ?? ""));
}

/**
 * Plans a save: the files the editor's decision changes, as they would be, and every problem the project's
 * own validation (validateProject, and the quotes against the article as check compares them) finds in the
 * would-be project, each with the desk field it concerns. A plan with problems must not be written.
 * `readArchive` gives an archived copy's text by file name (undefined when absent); pure otherwise.
 */
export function planSave(files: ProjectFiles, decision: SaveDecision, readArchive: (name: string) => string | undefined): { plan?: SavePlan; problems: FieldProblem[]; blocking: FieldProblem[] } {
  const { slug, source } = decision;
  const own: FieldProblem[] = [];
  const storyPath = `${PATHS.stories}/${slug}.mdx`;
  const translationPath = `${PATHS.translations}/${slug}.mdx`;
  const resultsPath = `${PATHS.results}/${slug}.csv`;
  const existing = files.stories.find((f) => f.path === storyPath);
  const isNew = decision.name !== undefined;
  if (isNew && slugify(decision.name!) !== slug) own.push(at("", `the slug of "${decision.name}" is ${slugify(decision.name!)}, not ${slug}`, "province:name", "pSlugDiffers", { name: decision.name!, slug: slugify(decision.name!), asked: slug }));
  if (isNew && existing) own.push(at(storyPath, `${slug} already exists: open it from the list instead of starting it again`, "province:name", "pExists", { slug }));
  if (!isNew && !existing) own.push(at(storyPath, `there is no province ${slug}: start it as a new one`, "province:name", "pNoProvince", { slug }));
  if (isNew && !decision.story) own.push(at(storyPath, "a new province needs its story fields", "story:region", "pNeedsStory"));
  if (decision.article.trim() === "") own.push(at("", "the article is empty: paste or drop its text", "article", "emptyArticle"));
  if (decision.rows.length === 0) own.push(at("", "no figure is accepted: accept at least one proposal or add a figure", "rows", "pNoRows"));
  if (sourceIds(files.sources.text).has(source.id)) {
    own.push(at(PATHS.sources, `"${source.id}" is already an article in ${PATHS.sources}: give this one its own id`, "source:id", "pSourceTaken", { id: source.id, file: PATHS.sources }));
  }
  // appendRows keeps one row per source and quote: a second figure with the same quote would vanish silently.
  const seenQuotes = new Map<string, number>();
  decision.rows.forEach((r, i) => {
    if (seenQuotes.has(r.quote)) own.push(at(resultsPath, `figure ${seenQuotes.get(r.quote)! + 1} has the same quote: give each figure the words that state it alone`, `row:${i}:quote`, "pSameQuote", { n: seenQuotes.get(r.quote)! + 1 }));
    else seenQuotes.set(r.quote, i);
  });
  const archiveName = `${source.id}.txt`;
  const archived = readArchive(archiveName);
  if (archived !== undefined && archived !== decision.article) own.push(at("", `the archive already holds a different ${archiveName}: give this article its own id`, "source:id", "pArchiveTaken", { name: archiveName }));
  if (own.length) return { problems: own, blocking: own };

  // The files as they would be, through the project's own writers: the template, appendRows.
  const next = structuredClone(files);
  const replace = (list: TextFile[], file: TextFile) => {
    const i = list.findIndex((f) => f.path === file.path);
    if (i === -1) list.push(file);
    else list[i] = file;
    list.sort((a, b) => a.path.localeCompare(b.path));
  };
  const writes: TextFile[] = [];
  const before = files.results.find((f) => f.path === resultsPath)?.text ?? provinceTemplate(decision.name ?? slug, slug).results;
  const columns = allColumns(RESULT_COLUMNS);
  const rows = decision.rows.map((r) => Object.fromEntries(columns.map((c) => [c, c === "source" ? source.id : (r as Record<string, string>)[c] ?? ""])));
  const results = { path: resultsPath, text: appendRows(before, rows).text };
  replace(next.results, results);
  writes.push(results);
  const sourceCells = { ...source, province: slug, archive: archiveName };
  next.sources = { path: PATHS.sources, text: appendRecords(files.sources.text, [sourceCells]) };
  writes.push(next.sources);
  if (decision.metrics.length) {
    next.metrics = { path: PATHS.metrics, text: appendRecords(files.metrics.text, decision.metrics) };
    writes.push(next.metrics);
  }
  if (isNew) {
    const filled = fillStory(decision.name!, slug, source, decision.story!);
    replace(next.stories, { path: storyPath, text: filled.story });
    replace(next.translations, { path: translationPath, text: filled.translation });
    writes.push({ path: storyPath, text: filled.story }, { path: translationPath, text: filled.translation });
  } else {
    const added = addStorySource(existing!.text, source.id);
    if (added === undefined) return fail(at(storyPath, "the story's frontmatter has no sources: [ … ] list to add this article to: add it by hand", "source:id", "pNoSourcesList"));
    if (added !== existing!.text) {
      replace(next.stories, { path: storyPath, text: added });
      writes.push({ path: storyPath, text: added });
    }
  }

  const { dataset, problems } = validateProject(next);
  const quotes = archiveQuotes(dataset, (name) => (name === archiveName ? decision.article : undefined)).problems;
  // check puts a misquote at the row's first column; the desk shows it beside the quote.
  const found = [...problems.map((p) => withField(p, writes, decision, rows.length)), ...quotes.map((p) => withField(p, writes, decision, rows.length)).map((p) => (p.field ? { ...p, field: p.field.replace(/:[^:]+$/, ":quote") } : p))];
  // Problems in files this save leaves alone were there before; they are shown, but the save goes on.
  const written = new Set(writes.map((w) => w.path));
  const baseline = new Set(validateProject(files).problems.map(key));
  const blocking = found.filter((p) => written.has(p.file) || !baseline.has(key(p)));
  return { plan: blocking.length ? undefined : { writes, archive: archived === undefined ? { name: archiveName, text: decision.article } : undefined }, problems: found, blocking };
}

/** One of the desk's own problems: its English message, and its word of the desk's dictionaries for the page. */
const at = (file: string, message: string, field: string, word: string, values: Record<string, string | number> = {}): FieldProblem => ({ file, line: 1, column: 1, message, field, word, values });
const fail = (p: FieldProblem) => ({ problems: [p], blocking: [p] });
const key = (p: Problem) => `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.message}`;

/** The desk field a problem of the would-be project concerns: a new row's cell, the source, a new metric, a story field. */
function withField(problem: Problem, writes: readonly TextFile[], decision: SaveDecision, added: number): FieldProblem {
  const file = writes.find((w) => w.path === problem.file);
  if (!file) return problem;
  if (file.path.endsWith(".mdx")) {
    const field = storyFieldAt(file.text, problem.line);
    return { ...problem, field: `${file.path.startsWith(PATHS.translations) ? "story_en" : "story"}:${field}` };
  }
  const cell = csvCellAt(file.text, problem);
  if (!cell) return problem;
  const total = parseCsv(file.text, "").rows.length;
  if (file.path === PATHS.sources) return cell.row === total - 1 ? { ...problem, field: `source:${cell.column}` } : problem;
  if (file.path === PATHS.metrics) {
    const index = cell.row - (total - decision.metrics.length);
    return index >= 0 ? { ...problem, field: `metric:${decision.metrics[index]!.id}:${cell.column}` } : problem;
  }
  // The results file: the rows this save appends are its last ones, in the order of decision.rows.
  const index = cell.row - (total - added);
  return index >= 0 ? { ...problem, field: `row:${index}:${cell.column}` } : problem;
}
