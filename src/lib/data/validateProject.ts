import { didYouMean } from "./closest.ts";
import { headerLine, METRIC_COLUMNS, RESULT_COLUMNS, SOURCE_COLUMNS } from "./columns.ts";
import type { Dataset, Metric, ProjectFiles, Province, Result, TextFile } from "./model.ts";
import type { Problem } from "./Problem.ts";
import { cellAt } from "./positions.ts";
import { PATHS } from "./projectPaths.ts";
import { checkStoryTags } from "./storyTags.ts";
import { editionFigures } from "./story/editionFigures.ts";
import { storyClaims } from "./story/storyClaims.ts";
import type { FigureRef } from "./figureRefs.ts";
import { metricRow, sourceRow } from "./schemas.ts";
import { provinceFrontmatter, storyTranslation } from "./storySchemas.ts";
import { checkNames } from "./validate/checkNames.ts";
import { checkRefs, refProblem } from "./validate/checkRefs.ts";
import { fileSlug } from "./validate/fileSlug.ts";
import { publishedBeforeEvent } from "./validate/publishedBeforeEvent.ts";
import { readCorrections } from "./validate/readCorrections.ts";
import { readEdition } from "./validate/readEdition.ts";
import { readResults } from "./validate/readResults.ts";
import { readStory } from "./validate/readStory.ts";
import { readTable } from "./validate/readTable.ts";
import { UNTRANSLATED_NOTE } from "./validate/untranslatedNote.ts";

/**
 * Validates all of an editor's files together — each file on its own, then every reference between
 * them — and returns the typed dataset with every problem found, so an editor sees them all at once.
 */
export function validateProject(files: ProjectFiles): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const slugs = new Set(files.stories.map((f) => fileSlug(f.path)));

  const stories = files.stories.map((file) => readStory(file, provinceFrontmatter, problems));
  const translations = new Map(files.translations.map((file) => [fileSlug(file.path), readStory(file, storyTranslation, problems)]));
  const metrics = readTable(files.metrics, METRIC_COLUMNS, metricRow, problems, "id");
  const sources = readTable(files.sources, SOURCE_COLUMNS, sourceRow, problems, "id");
  const metricById = new Map(metrics.rows.map(({ row }) => [row.id, row]));
  const sourceById = new Map(sources.rows.map(({ row }) => [row.id, row]));
  const known = { metrics: metrics.ids, sources: sources.ids };

  for (const { row, record } of sources.rows) {
    if (row.note.trim() && !row.note_en.trim()) problems.push({ file: files.sources.path, ...record.at("note_en"), message: UNTRANSLATED_NOTE });
    if (!slugs.has(row.province)) {
      problems.push({
        file: files.sources.path,
        ...record.at("province"),
        message: `no province has the slug "${row.province}": write the slug of a story in ${PATHS.stories}/.${didYouMean(row.province, slugs)}`,
      });
    }
  }

  const results: Result[] = [];
  // Metrics each results file names, valid rows or not: a story citing a row that is wrong for another
  // reason gets no second message. Null when the file could not be read at all.
  const mentioned = new Map<string, Set<string> | null>();
  for (const file of files.results) {
    const slug = fileSlug(file.path);
    if (!slugs.has(slug)) {
      problems.push({
        file: file.path,
        line: 1,
        column: 1,
        message: `no story ${PATHS.stories}/${slug}.mdx goes with this file: name the file after a province slug.${didYouMean(slug, slugs)}`,
      });
      continue;
    }
    const read = readResults(file, slug, metricById, sourceById, { ...known, slugs }, problems);
    results.push(...read.results);
    mentioned.set(slug, read.mentioned);
  }

  const provinces: Province[] = [];
  // Whether a <Fig> names a figure that was reported (true when its province's results could not be read: unknown).
  const figureExists = (ref: FigureRef, slug: string) => !refProblem(ref, slug, mentioned, slugs);
  for (const [slug, translation] of translations) {
    if (!slugs.has(slug)) {
      problems.push({ file: translation.file.path, line: 1, column: 1, message: `no Vietnamese story ${PATHS.stories}/${slug}.mdx goes with this English one: name the file after a province slug.${didYouMean(slug, slugs)}` });
    }
  }
  const namedBy = new Map<string, string>();
  for (const story of stories) {
    if (!story.data) continue;
    // Two stories under one name would be two provinces a reader cannot tell apart, in every list and chart.
    const key = story.data.name.normalize("NFC").trim().toLocaleLowerCase("vi");
    const earlier = namedBy.get(key);
    if (earlier) {
      problems.push({ file: story.file.path, ...story.at(["name"]), message: `the name "${story.data.name}" is already the name of ${earlier}: each province has its own name` });
    } else namedBy.set(key, story.file.path);
  }
  // Names that hide characters or look like another province's, and sources dated before their event.
  problems.push(...checkNames([...stories, ...translations.values()], metrics.rows));
  problems.push(...publishedBeforeEvent(files.sources.path, sources.rows));
  for (const story of stories) {
    if (!story.data) continue;
    const { file, at } = story;
    const province = story.data;
    // Missing translations fail the build, not the reader: a province is published in both languages or not at all.
    const en = translations.get(story.slug);
    if (!en) {
      problems.push({ file: file.path, line: 1, column: 1, message: `the story has no English edition: create ${PATHS.translations}/${story.slug}.mdx with slug, region, event.title and summary in English, then the story in English with the same <Fig> figures (the other English stories show the form)` });
    } else {
      if (en.data) provinces.push({ ...province, en: en.data });
      // Both editions cite the same figures; when either could not be parsed, its figures are unknown.
      if (story.parsed && en.parsed) problems.push(...editionFigures({ path: file.path, ...story }, { path: en.file.path, ...en }, figureExists));
    }
    if (!mentioned.has(province.slug)) {
      problems.push({ file: file.path, line: 1, column: 1, message: `there is no ${PATHS.results}/${province.slug}.csv: create it with the header ${headerLine(RESULT_COLUMNS)}` });
    }
    province.sources.forEach((id, i) => {
      const source = sourceById.get(id);
      if (!known.sources.has(id)) {
        problems.push({ file: file.path, ...at(["sources", i]), message: `no source has the id "${id}": write an id from data/sources.csv.${didYouMean(id, sourceById.keys())}` });
      } else if (source && slugs.has(source.province) && source.province !== province.slug) {
        problems.push({ file: file.path, ...at(["sources", i]), message: `source "${id}" is about ${source.province}, not ${province.slug}: list only this province's articles` });
      }
    });
    const reported = mentioned.get(province.slug);
    province.highlights.forEach((metric, i) => {
      const first = province.highlights.indexOf(metric);
      if (first < i) {
        problems.push({ file: file.path, ...at(["highlights", i]), message: `"${metric}" is already a highlight (line ${at(["highlights", first]).line}): list each metric once` });
      } else if (reported && !reported.has(metric)) {
        problems.push({ file: file.path, ...at(["highlights", i]), message: `${province.slug} reports no figure for "${metric}": choose a metric of ${PATHS.results}/${province.slug}.csv.${didYouMean(metric, reported)}` });
      }
    });
    // "What it counted" is said of a figure the province reported, in both editions.
    for (const metric of Object.keys(province.counts ?? {})) {
      if (reported && !reported.has(metric)) {
        problems.push({ file: file.path, ...at(["counts", metric]), message: `${province.slug} reports no figure for "${metric}": say what it counted only for a metric of ${PATHS.results}/${province.slug}.csv.${didYouMean(metric, reported)}` });
      } else if (en?.data && !(metric in (en.data.counts ?? {}))) {
        problems.push({ file: en.file.path, line: 1, column: 1, message: `the Vietnamese story says what ${province.slug} counted for "${metric}": add counts: { ${metric}: … } here in English` });
      }
    }
    for (const metric of Object.keys(en?.data?.counts ?? {})) {
      if (!(metric in (province.counts ?? {}))) problems.push({ file: en!.file.path, line: 1, column: 1, message: `"${metric}" under counts has no Vietnamese words in ${file.path}: add them there, or delete this line` });
    }
    for (const result of results.filter((r) => r.province === province.slug)) {
      if (!province.sources.includes(result.source)) {
        problems.push({ file: result.file, ...cellAt(result, "source"), message: `source "${result.source}" is not in the sources list of ${file.path}: add it there` });
      }
    }
  }

  // Story rules that need the whole project: what <Fig>, <Chart> and the claims refer to, and claims written by hand.
  const nameOf = new Map(stories.flatMap((s) => (s.data ? [[s.slug, s.data.name] as const] : [])));
  const groupOf = new Map(metrics.rows.map(({ row }) => [row.id, row.group]));
  for (const story of [...stories, ...translations.values()]) {
    checkRefs(story.file, story.slug, story.refs, mentioned, slugs, problems);
    const reported = mentioned.get(story.slug);
    const groups = reported ? new Set([...reported].map((m) => groupOf.get(m)!)) : null;
    problems.push(...checkStoryTags(story.file.path, story.tags, known.metrics, groups, story.slug));
    problems.push(...storyClaims(story, nameOf));
  }
  // The edition first: a correction may not be dated after the site's latest update.
  const edition = readEdition(files.edition, problems);
  const corrections = files.corrections ? readCorrections(files.corrections, results, edition, problems) : [];

  return {
    dataset: { metrics: metrics.rows.map((m) => m.row), sources: sources.rows.map((s) => s.row), provinces, results, corrections, edition },
    problems,
  };
}

/** Reads the metric dictionary alone (for tools such as the extractor), with its problems. */
export function readMetrics(file: TextFile): { metrics: Metric[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const metrics = readTable(file, METRIC_COLUMNS, metricRow, problems, "id").rows.map((r) => r.row);
  return { metrics, problems };
}

