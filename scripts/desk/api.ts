import { existsSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "../../src/lib/data/DataError.ts";
import { offsetAt } from "../../src/lib/data/positions.ts";
import { PATHS } from "../../src/lib/data/projectPaths.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { readMetrics, validateProject } from "../../src/lib/data/validateProject.ts";
import { fileSlug } from "../../src/lib/data/validate/fileSlug.ts";
import { slugify } from "../../src/lib/text/slugify.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { handFigure } from "../../src/lib/extract/handFigure.ts";
import { archiveDir } from "../lib/archiveDir.ts";
import { readDecision } from "./decision.ts";
import { normaliseArticle } from "../../src/lib/text/normaliseArticle.ts";
import { isSlug } from "./guard.ts";
import { metricChoices } from "./metricChoices.ts";
import { planSave, sourceIds, touchedPaths, writtenPaths } from "./savePlan.ts";
import { templateBodies } from "./storyFiles.ts";
import { changedSince, hashesOf, readIfAny, writePlan } from "./writeFiles.ts";

/** An answer: an HTTP status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** The metrics of the project, its provinces by slug and name, and a new metric's choices, for the desk's lists. */
export function deskState(root: string): Answer {
  const files = readProjectFiles(root);
  const { dataset } = validateProject(files);
  const names = new Map(dataset.provinces.map((p) => [p.slug, p.name]));
  const provinces = files.stories.map((f) => fileSlug(f.path)).map((slug) => ({ slug, name: names.get(slug) ?? slug }));
  return { status: 200, body: { provinces, metrics: dataset.metrics, choices: metricChoices() } };
}

/** Opens a province (existing, by slug) or starts one (by name): its slug, the hashes of its files, the next source id. */
export function openProvince(root: string, query: URLSearchParams, env: NodeJS.ProcessEnv = process.env): Answer {
  const name = query.get("name")?.trim();
  const slug = name ? slugify(name) : query.get("slug");
  // `word` and `values` let the page say it in its own language; `message` is for whoever reads the API itself.
  if (!isSlug(slug)) return { status: 400, body: name ? { message: `"${name}" has no letters to make a slug from`, word: "noSlugLetters", values: { name } } : { message: "not a province slug", word: "notSlug" } };
  const files = readProjectFiles(root);
  const exists = files.stories.some((f) => f.path === `${PATHS.stories}/${slug}.mdx`);
  if (name && exists) return { status: 409, body: { message: `${slug} already exists: pick it from the list`, word: "provinceExists", values: { slug } } };
  const ids = sourceIds(files.sources.text);
  let n = 1;
  while (ids.has(`${slug}-${n}`) || existsSync(join(archiveDir(root, env), `${slug}-${n}.txt`))) n++;
  const { dataset } = validateProject(files);
  return {
    status: 200,
    body: {
      slug,
      name: name ?? dataset.provinces.find((p) => p.slug === slug)?.name ?? slug,
      isNew: !exists,
      base: hashesOf(root, touchedPaths(slug)),
      nextSource: `${slug}-${n}`,
      bodies: exists ? undefined : templateBodies(name ?? slug, slug),
    },
  };
}

/**
 * The extractor's candidates for an article (the project's extractFigures), each with where its quote stands.
 * With `article` and `start`, `text` is the editor's selection at `start` of the article: the figure is read
 * where it stands there (handFigure), so the quote holds its bound words and whole number.
 */
export function propose(root: string, body: unknown): Answer {
  const { text: raw, source, article, start } = (body ?? {}) as { text?: unknown; source?: unknown; article?: unknown; start?: unknown };
  if (typeof raw !== "string" || raw.length > 1_000_000) return { status: 400, body: { message: "text: write the article's text", word: "emptyArticle" } };
  const text = normaliseArticle(raw);
  // Only the measures: the whole project's check is for saving.
  const { metrics } = readMetrics(readProjectFiles(root).metrics);
  if (article !== undefined) {
    const whole = typeof article === "string" && article.length <= 1_000_000 ? normaliseArticle(article) : undefined;
    if (whole === undefined || typeof start !== "number" || !Number.isInteger(start) || whole.slice(start, start + text.length) !== text) {
      return { status: 400, body: { message: "article, start: the selection must be the article's words at start", word: "selectionMoved" } };
    }
    const hand = handFigure(whole, start, start + text.length, metrics);
    if (hand) return { status: 200, body: { text, candidates: [{ ...hand, source: isSlug(source) ? source : "", note: "", note_en: "" }] } };
  }
  const candidates = extractFigures(text, metrics, isSlug(source) ? source : "").map((c) => {
    const figure = offsetAt(text, c.line, c.column);
    // The quote's occurrence that holds the figure (a clause may repeat in an article).
    let start = text.indexOf(c.quote);
    while (start !== -1 && start + c.quote.length <= figure) start = text.indexOf(c.quote, start + 1);
    if (start === -1 || start > figure) start = text.indexOf(c.quote);
    return { ...c, start };
  });
  return { status: 200, body: { text, candidates } };
}

/**
 * Saves a decision: refuses it when a file it touches changed on disk since the page read it (409), when the
 * would-be project has a problem (422, each with its field), else writes every file atomically.
 */
export function save(root: string, body: unknown, env: NodeJS.ProcessEnv): Answer {
  const read = readDecision(body);
  if (!read.ok) return { status: 400, body: { message: read.message, word: "badDecision", values: { detail: read.message } } };
  const decision = { ...read.decision, article: normaliseArticle(read.decision.article) };
  const paths = writtenPaths(decision);
  const changed = changedSince(root, decision.base, paths);
  if (changed.length) return { status: 409, body: { conflicts: changed } };
  const archive = archiveDir(root, env);
  let files;
  try {
    files = readProjectFiles(root);
  } catch (error) {
    if (error instanceof DataError) return { status: 422, body: { problems: error.problems } };
    throw error;
  }
  const { plan, problems, blocking } = planSave(files, decision, (name) => readIfAny(join(archive, name)));
  if (!plan) return { status: 422, body: { problems: blocking, other: problems.filter((p) => !blocking.includes(p)) } };
  const { conflicts } = writePlan(root, archive, plan, decision.base, paths);
  if (conflicts.length) return { status: 409, body: { conflicts } };
  return {
    status: 200,
    body: { written: [...plan.writes.map((w) => w.path), ...(plan.archive ? [plan.archive.name] : [])], base: hashesOf(root, touchedPaths(decision.slug)), other: problems },
  };
}
