import { z } from "astro/zod";
import { checkProject } from "../../src/lib/data/checkProject.ts";
import { DataError } from "../../src/lib/data/DataError.ts";
import type { ProjectFiles } from "../../src/lib/data/model.ts";
import type { Problem } from "../../src/lib/data/Problem.ts";
import { PATHS } from "../../src/lib/data/projectPaths.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import { undecidedMessage } from "../../src/lib/data/undecided.ts";
import { COMPARISONS, type Comparison } from "../../src/lib/data/figureIds.ts";
import { en as siteEn } from "../../src/i18n/en.ts";
import { vi as siteVi } from "../../src/i18n/vi.ts";
import type { Dictionary } from "../../src/i18n/dictionary.ts";
import { archiveDir } from "../lib/archiveDir.ts";
import type { Answer } from "./api.ts";
import { SLUG_FORM } from "./decision.ts";
import { isSlug } from "./guard.ts";
import { changedSince, hashesOf, writePlan } from "./writeFiles.ts";

/** The paths of a province's two stories: the Vietnamese one and its English edition. */
export function storyPaths(slug: string): { vi: string; en: string } {
  return { vi: `${PATHS.stories}/${slug}.mdx`, en: `${PATHS.translations}/${slug}.mdx` };
}

/** The metric ids of a province's rows, every article's, in the order its results file first gives them. */
function provinceMetrics(files: ProjectFiles, slug: string): string[] {
  const results = files.results.find((f) => f.path === `${PATHS.results}/${slug}.csv`);
  if (!results) return [];
  const table = parseCsv(results.text, results.path);
  const at = table.header.findIndex((c) => c.text === "metric");
  return [...new Set(table.rows.map((r) => r.cells[at]?.text ?? "").filter((id) => id && undecidedMessage(id) === undefined))];
}

/**
 * A province's two stories as they are on disk, with their hashes (a save is refused if either changes meanwhile),
 * the metrics of all its rows (for <Fig> buttons) and the comparisons a <Chart compare> may name. 404 when the
 * province has no story yet.
 */
export function openStories(root: string, slug: unknown): Answer {
  if (!isSlug(slug)) return { status: 400, body: { message: "not a province slug", word: "notSlug" } };
  const files = readProjectFiles(root);
  const paths = storyPaths(slug);
  const vi = files.stories.find((f) => f.path === paths.vi);
  const en = files.translations.find((f) => f.path === paths.en);
  if (!vi) return { status: 404, body: { message: `there is no story ${paths.vi}: save the province's first article`, word: "noStory", values: { file: paths.vi } } };
  return {
    status: 200,
    body: { paths, vi: vi.text, en: en?.text ?? "", base: hashesOf(root, [paths.vi, paths.en]), metrics: provinceMetrics(files, slug), comparisons: COMPARISONS.map((id) => ({ id, vi: chartTitle(siteVi, id), en: chartTitle(siteEn, id) })) },
  };
}

/** A comparison chart's title, as the site prints it, so the editor picks "Khen thưởng, theo nơi trao", not "awards". */
function chartTitle(words: Dictionary, id: Comparison): string {
  const f = words.figures;
  return { models: f.modelsTitle, campaigns: f.campaignsTitle, awards: f.awardsTitle, coverage: f.matrixTitle, map: f.mapTitle }[id];
}

/** What a check or a save of the stories carries: the province, both files' text, and (to save) their hashes as opened. */
const storiesBody = z.object({
  slug: z.string().regex(SLUG_FORM).max(80),
  vi: z.string().max(200_000),
  en: z.string().max(200_000),
  base: z.record(z.string().max(200), z.string().max(100).nullable()).default({}),
});

/** Problems the two would-be stories bring: every problem in their files, and any new one elsewhere they cause. */
function storyProblems(root: string, env: NodeJS.ProcessEnv, files: ProjectFiles, slug: string, vi: string, en: string): Problem[] {
  const paths = storyPaths(slug);
  const next = structuredClone(files);
  const put = (list: { path: string; text: string }[], path: string, text: string) => {
    const i = list.findIndex((f) => f.path === path);
    if (i === -1) list.push({ path, text });
    else list[i] = { path, text };
    list.sort((a, b) => a.path.localeCompare(b.path));
  };
  put(next.stories, paths.vi, vi);
  put(next.translations, paths.en, en);
  const key = (p: Problem) => `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.message}`;
  // The project's own check (validation and the quotes against the archive), on the files as they would be.
  const before = new Set(checkProject(root, env, files).problems.map(key));
  const after = checkProject(root, env, next).problems;
  return after.filter((p) => p.file === paths.vi || p.file === paths.en || !before.has(key(p)));
}

/** Reads a stories request, or answers why it cannot be read. */
function readBody(body: unknown): { ok: true; value: z.infer<typeof storiesBody> } | { ok: false; answer: Answer } {
  const parsed = storiesBody.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const detail = `${issue.path.join(".") || "body"}: ${issue.message}`;
  return { ok: false, answer: { status: 400, body: { message: detail, word: "badDecision", values: { detail } } } };
}

/** Runs check on the project with the two stories as written in the desk: each problem with its file, line and column. */
export function checkStories(root: string, body: unknown, env: NodeJS.ProcessEnv): Answer {
  const read = readBody(body);
  if (!read.ok) return read.answer;
  const { slug, vi, en } = read.value;
  try {
    return { status: 200, body: { problems: storyProblems(root, env, readProjectFiles(root), slug, vi, en) } };
  } catch (error) {
    if (error instanceof DataError) return { status: 200, body: { problems: error.problems } };
    throw error;
  }
}

/**
 * Saves both stories: refused when either file changed on disk since the desk opened it (409, never
 * overwritten), or when check finds a problem in them (422); else both are written atomically (writePlan).
 */
export function saveStories(root: string, body: unknown, env: NodeJS.ProcessEnv): Answer {
  const read = readBody(body);
  if (!read.ok) return read.answer;
  const { slug, vi, en, base } = read.value;
  const paths = storyPaths(slug);
  const known = [paths.vi, paths.en];
  const changed = changedSince(root, base, known);
  if (changed.length) return { status: 409, body: { conflicts: changed } };
  let problems: Problem[];
  try {
    problems = storyProblems(root, env, readProjectFiles(root), slug, vi, en);
  } catch (error) {
    if (error instanceof DataError) return { status: 422, body: { problems: error.problems } };
    throw error;
  }
  if (problems.length) return { status: 422, body: { problems } };
  const { conflicts } = writePlan(root, archiveDir(root, env), { writes: [{ path: paths.vi, text: vi }, { path: paths.en, text: en }], archive: undefined }, base, known);
  if (conflicts.length) return { status: 409, body: { conflicts } };
  return { status: 200, body: { written: known, base: hashesOf(root, known) } };
}
