import type { z } from "astro/zod";
import { didYouMean } from "./closest.ts";
import { figureRefs, type FigureRef } from "./figureRefs.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { handClaims } from "./handClaims.ts";
import type { Dataset, Metric, ProjectFiles, Province, Result, Source, TextFile } from "./model.ts";
import { parseCsv } from "./parseCsv.ts";
import { parseValue } from "./parseValue.ts";
import { PATHS } from "./projectPaths.ts";
import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";
import { isQualifier, QUALIFIER_WORDS, QUALIFIERS, type Qualifier } from "./qualifiers.ts";
import { readRecords, type CsvRecord } from "./readRecords.ts";
import { checkStoryTags, STORY_COMPONENTS, storyTags, type StoryTag } from "./storyTags.ts";
import { correctionRow, editionRow, metricRow, provinceFrontmatter, resultRow, sourceRow, storyTranslation, type Correction, type Edition } from "./schemas.ts";
import { undecidedMessage } from "./undecided.ts";
import { qualifierBefore, spellings, unsupportedBefore, valueMatches } from "./valueInQuote.ts";

/** Column names of `data/results/<slug>.csv`; `note` and its English `note_en` may be left out. */
export const RESULT_COLUMNS = { required: ["metric", "value", "qualifier", "source", "quote"], optional: ["note", "note_en"] } as const;
const METRIC_COLUMNS = { required: Object.keys(metricRow.shape).filter((c) => c !== "keywords_vi" && c !== "compare"), optional: ["compare", "keywords_vi"] } as const;
const SOURCE_COLUMNS = { required: ["id", "province", "outlet", "title", "published", "event_date", "author", "url"], optional: ["archive", "note", "note_en"] } as const;


const UNTRANSLATED_NOTE = "the note has no English version: write one in the note_en column, in our own words (the English edition shows it)";

const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: "exact",
  over: "over (trên, hơn)",
  nearly: "nearly (gần)",
  about: "about (khoảng)",
  unquantified: "unquantified (hàng nghìn, nhiều…)",
};

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
  for (const [slug, translation] of translations) {
    if (!slugs.has(slug)) {
      problems.push({ file: translation.file.path, line: 1, column: 1, message: `no Vietnamese story ${PATHS.stories}/${slug}.mdx goes with this English one: name the file after a province slug.${didYouMean(slug, slugs)}` });
    }
  }
  for (const story of stories) {
    if (!story.data) continue;
    const { file, at } = story;
    const province = story.data;
    // Missing translations fail the build, not the reader: a province is published in both languages or not at all.
    const en = translations.get(story.slug);
    if (!en) {
      problems.push({ file: file.path, line: 1, column: 1, message: `the story has no English edition: create ${PATHS.translations}/${story.slug}.mdx with slug, region, event.title and summary in English, then the story in English with the same <Fig> figures (the other English stories show the form)` });
    } else if (en.data) {
      provinces.push({ ...province, en: en.data });
    }
    if (!mentioned.has(province.slug)) {
      problems.push({ file: file.path, line: 1, column: 1, message: `there is no ${PATHS.results}/${province.slug}.csv: create it with the header ${[...RESULT_COLUMNS.required, ...RESULT_COLUMNS.optional].join(",")}` });
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
      if (reported && !reported.has(metric)) {
        problems.push({ file: file.path, ...at(["highlights", i]), message: `${province.slug} reports no figure for "${metric}": choose a metric of ${PATHS.results}/${province.slug}.csv.${didYouMean(metric, reported)}` });
      }
    });
    for (const result of results.filter((r) => r.province === province.slug)) {
      if (!province.sources.includes(result.source)) {
        problems.push({ file: result.file, line: result.line, column: 1, message: `source "${result.source}" is not in the sources list of ${file.path}: add it there` });
      }
    }
  }

  // Story rules that need the whole project: what <Fig>, <Chart> and the claims refer to, and claims written by hand.
  const names = stories.flatMap((s) => (s.data ? [s.data.name] : []));
  const groupOf = new Map(metrics.rows.map(({ row }) => [row.id, row.group]));
  for (const story of [...stories, ...translations.values()]) {
    checkRefs(story.file, story.slug, story.refs, mentioned, slugs, problems);
    const reported = mentioned.get(story.slug);
    const groups = reported ? new Set([...reported].map((m) => groupOf.get(m)!)) : null;
    problems.push(...checkStoryTags(story.file.path, story.tags, known.metrics, groups, story.slug));
    problems.push(...handClaims(story.file.text, story.file.path, names));
  }
  const corrections = files.corrections ? readCorrections(files.corrections, results, problems) : [];
  const edition = readEdition(files.edition, problems);

  return {
    dataset: { metrics: metrics.rows.map((m) => m.row), sources: sources.rows.map((s) => s.row), provinces, results, corrections, edition },
    problems,
  };
}

const CORRECTION_COLUMNS = { required: Object.keys(correctionRow.shape) } as const;

/** Reads data/corrections.csv: each row must name a published figure, and its "to" must be that figure now. */
function readCorrections(file: TextFile, results: readonly Result[], problems: Problem[]): Correction[] {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), CORRECTION_COLUMNS);
  problems.push(...found);
  return records.flatMap((record): Correction[] => {
    const parsed = correctionRow.safeParse(record.values);
    if (!parsed.success) {
      problems.push(...columnProblems(file.path, record, parsed.error.issues));
      return [];
    }
    const c = parsed.data;
    const say = (column: string, message: string) => problems.push({ file: file.path, ...record.at(column), message });
    const row = results.find((r) => r.province === c.province && r.metric === c.metric && r.source === c.source);
    if (!row) {
      say("metric", `no row of ${PATHS.results}/${c.province}.csv has metric "${c.metric}" from "${c.source}": a correction must name a published figure`);
      return [];
    }
    const [from, to] = [parseValue(c.from), parseValue(c.to)];
    if (!from.ok) say("from", from.message);
    if (!to.ok) say("to", to.message);
    else if (to.value !== row.value) {
      say("to", `"${c.to}" is not the figure now published (${row.value ?? "empty"}, line ${row.line} of ${row.file}): correct the results file first, then write its value here`);
    }
    return from.ok && to.ok && to.value === row.value ? [c] : [];
  });
}

const EDITION_COLUMNS = { required: Object.keys(editionRow.shape) } as const;

/** Reads data/edition.csv: one row, the site's first publication and latest update. */
function readEdition(file: TextFile, problems: Problem[]): Edition {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), EDITION_COLUMNS);
  problems.push(...found);
  const fallback = { published: "", updated: "" };
  if (found.length) return fallback;
  if (records.length !== 1) {
    const line = records.length ? records[1]!.line : 2;
    problems.push({ file: file.path, line, column: 1, message: records.length ? "keep one row: the day of first publication and the day of the latest update" : "write one row under the header: published,updated as YYYY-MM-DD" });
    return fallback;
  }
  const parsed = editionRow.safeParse(records[0]!.values);
  if (!parsed.success) {
    problems.push(...columnProblems(file.path, records[0]!, parsed.error.issues));
    return fallback;
  }
  return parsed.data;
}

/** Reads the metric dictionary alone (for tools such as the extractor), with its problems. */
export function readMetrics(file: TextFile): { metrics: Metric[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const metrics = readTable(file, METRIC_COLUMNS, metricRow, problems, "id").rows.map((r) => r.row);
  return { metrics, problems };
}

/** The slug a file stands for: its name without folder and extension. */
function fileSlug(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
}

interface Story<T> {
  file: TextFile;
  slug: string;
  /** The frontmatter, when it is valid and its slug matches the file name. */
  data?: T;
  at: (path: readonly PropertyKey[]) => { line: number; column: number };
  refs: FigureRef[];
  /** Its inline charts and computed claims. */
  tags: StoryTag[];
}

/** Reads a story (Vietnamese, or its English edition) and its frontmatter, with every problem found in either. */
function readStory<T extends { slug: string; summary: string }>(file: TextFile, schema: z.ZodType<T>, problems: Problem[]): Story<T> {
  const slug = fileSlug(file.path);
  const read = readFrontmatter(file.text, file.path);
  problems.push(...read.problems);
  const fm = read.frontmatter;
  const at = fm?.at ?? (() => ({ line: 1, column: 1 }));
  if (!fm) return { file, slug, at, refs: [], tags: [] };

  const found = figureRefs(file.text, file.path, fm.bodyOffset);
  problems.push(...found.problems);
  const { tags, problems: tagProblems } = storyTags(file.text, file.path, fm.bodyOffset);
  problems.push(...tagProblems);
  problems.push(...unsafeBody(file, fm.bodyOffset));
  const placeholder = /\bTODO\b/.exec(file.text.slice(fm.bodyOffset));
  if (placeholder) {
    problems.push({ file: file.path, ...lineIndex(file.text)(fm.bodyOffset + placeholder.index), message: "the story still holds a TODO placeholder: write the text in its place" });
  }
  const parsed = schema.safeParse(fm.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".");
      // Zod 4 leaves the input out of its issues; look the field up in what the editor wrote.
      const missing = issue.code === "invalid_type" && valueAt(fm.data, issue.path) === undefined;
      const unknown = issue.code === "unrecognized_keys";
      problems.push({
        file: file.path,
        ...at(unknown ? [issue.keys[0]!] : issue.path),
        message: missing ? missingField(issue.path.map(String)) : unknown ? `field "${issue.keys.join('", "')}" is not part of an English story, which shares it with the Vietnamese one: delete the line` : `field "${field}" ${issue.message}`,
      });
    }
    return { file, slug, at, refs: found.refs, tags };
  }
  const figure = /\d[\d.,%]*/g.exec(parsed.data.summary.replace(/\b(19|20)\d\d\b|\b09\b/g, ""));
  if (figure) {
    problems.push({ file: file.path, ...at(["summary"]), message: `the summary states a figure ("${figure[0]}"): keep figures out of it and write them in the story with <Fig metric="…" />, where they link to their source` });
  }
  if (parsed.data.slug !== slug) {
    problems.push({ file: file.path, ...at(["slug"]), message: `slug "${parsed.data.slug}" differs from the file name: write slug: ${slug}, or rename the file` });
    return { file, slug, at, refs: found.refs, tags };
  }
  return { file, slug, data: parsed.data, at, refs: found.refs, tags };
}

// A story is prose with <Fig>: code, tags, inline expressions and script links would run on the build machine
// or on readers' machines, so anything else is refused where it stands.
const UNSAFE_BODY: readonly [RegExp, string][] = [
  [/^[ \t]*(import|export)\s/m, "a story may not import or export code: write prose, and figures as <Fig metric=\"…\" />"],
  // <Vi>…</Vi> (no attributes) marks Vietnamese words in an English story, for screen readers. Charts and claims
  // (STORY_COMPONENTS) are checked attribute by attribute by storyTags.
  [
    new RegExp(`<(?!Fig\\b|\\/Fig\\b|\\/?Vi>|\\/?(?:${STORY_COMPONENTS.join("|")})\\b)\\/?[A-Za-z]`),
    `a story may not hold HTML or components other than <Fig>, <Vi>, ${STORY_COMPONENTS.map((c) => `<${c}>`).join(", ")}: write prose in Markdown, figures as <Fig metric="…" />, charts as <Chart … />, comparisons as <Reporters metric="…" />, and Vietnamese words in an English story as <Vi>…</Vi>`,
  ],
  // A { that does not open a comment-only expression: {/* … */} with no */ before its end.
  [/\{(?!\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*\})/, "a story may not hold a {…} expression (only {/* comments */}): write the text itself, and figures as <Fig metric=\"…\" />"],
  [/&#|&[a-z]+;/i, "a story may not use HTML character references such as &#58; or &colon;: type the character itself"],
];

/** Problems that make a story unsafe or unportable, each at the place it occurs. */
function unsafeBody(file: TextFile, bodyOffset: number): Problem[] {
  const at = lineIndex(file.text);
  const body = file.text.slice(bodyOffset);
  const found = UNSAFE_BODY.flatMap(([pattern, message]) => {
    const m = pattern.exec(body);
    return m ? [{ file: file.path, ...at(bodyOffset + m.index), message }] : [];
  });
  // Markdown links: a web page, an anchor on this page, or nothing that a base path or a browser could misread.
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]*)/g)) {
    const target = m[1]!;
    // A target with a character reference is already refused as such; one message is enough.
    if (/^(https?:\/\/|#)/i.test(target) || target.includes("&")) continue;
    found.push({
      file: file.path,
      ...at(bodyOffset + m.index + 2),
      message: /^\//.test(target)
        ? `link "${target}" starts with "/" and would break when the site is served under a sub-path: link to an http(s) page or a #anchor`
        : `link "${target}" is not an http(s) address or a #anchor: write the full https:// address`,
    });
  }
  return found;
}

/** The value at a path of parsed YAML, or undefined where the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What to write when a frontmatter field is missing: the line to add, and where nested fields go. */
function missingField(path: string[]): string {
  const name = path.at(-1)!;
  const parent = path.slice(0, -1).join(".");
  return `the frontmatter has no "${path.join(".")}": add a line ${name}: … ${parent ? `under ${parent}: ` : ""}(the other stories show the form)`;
}

function readTable<S extends z.ZodType<Record<string, string>>>(
  file: TextFile,
  columns: { required: readonly string[]; optional?: readonly string[] },
  schema: S,
  problems: Problem[],
  key: string,
): { rows: { row: z.infer<S>; record: CsvRecord }[]; ids: Set<string> } {
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), columns);
  problems.push(...found);
  const rows: { row: z.infer<S>; record: CsvRecord }[] = [];
  const ids = new Set(records.map((r) => r.values[key]!));
  const firstLine = new Map<string, number>();
  for (const record of records) {
    const parsed = schema.safeParse(record.values);
    if (!parsed.success) {
      problems.push(...columnProblems(file.path, record, parsed.error.issues));
      continue;
    }
    const id = record.values[key]!;
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      problems.push({ file: file.path, ...record.at(key), message: `"${id}" is already defined on line ${earlier}: ids must be unique, rename one of them` });
      continue;
    }
    firstLine.set(id, record.line);
    rows.push({ row: parsed.data, record });
  }
  return { rows, ids };
}

function columnProblems(file: string, record: CsvRecord, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const column = String(issue.path[0] ?? "");
    return { file, ...record.at(column), message: `column "${column}": ${issue.message}` };
  });
}

function readResults(
  file: TextFile,
  slug: string,
  metrics: Map<string, Metric>,
  sources: Map<string, Source>,
  known: { metrics: ReadonlySet<string>; sources: ReadonlySet<string>; slugs: ReadonlySet<string> },
  problems: Problem[],
): { results: Result[]; mentioned: Set<string> | null } {
  const { slugs } = known;
  const before = problems.length;
  const { records, problems: found } = readRecords(parseCsv(file.text, file.path), RESULT_COLUMNS);
  problems.push(...found);
  const results: Result[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const say = (column: string, message: string) => problems.push({ file: file.path, ...record.at(column), message });
    const rowStart = problems.length;
    // A row the extractor left for an editor to decide says only that, at its metric cell, until decided.
    const undecided = undecidedMessage(record.values.metric!);
    if (undecided) {
      say("metric", undecided);
      continue;
    }
    const parsed = resultRow.safeParse(record.values);
    if (!parsed.success) problems.push(...columnProblems(file.path, record, parsed.error.issues));
    const { metric: metricId, source: sourceId, qualifier, quote } = record.values as Record<string, string>;

    const metric = metrics.get(metricId!);
    if (metricId && !known.metrics.has(metricId)) say("metric", `"${metricId}" is not in data/metrics.csv: use an id from there, or add the metric to it first.${didYouMean(metricId, metrics.keys())}`);
    const source = sources.get(sourceId!);
    if (sourceId && !known.sources.has(sourceId)) say("source", `"${sourceId}" is not in data/sources.csv: add the article there first, or use its id.${didYouMean(sourceId, sources.keys())}`);
    else if (source && slugs.has(source.province) && source.province !== slug) say("source", `source "${sourceId}" is an article about ${source.province}, not ${slug}: cite an article about ${slug}`);

    const key = `${metricId}\u0000${sourceId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) say("metric", `"${metricId}" from "${sourceId}" is already on line ${earlier}: keep one row per metric and source`);
    else seen.set(key, record.line);

    if (!isQualifier(qualifier!)) {
      const meant = QUALIFIER_WORDS[qualifier!.trim().toLowerCase()];
      const spaced = qualifier !== qualifier!.trim() && isQualifier(qualifier!.trim());
      say("qualifier", spaced ? `"${qualifier}" has spaces around it: write ${qualifier!.trim()}` : `"${qualifier}" is not a qualifier: write ${meant ? `${meant} for "${qualifier}"` : `one of ${QUALIFIERS.join(", ")}`}`);
    }
    const value = parseValue(record.values.value!);
    if (!value.ok) say("value", value.message);

    if (problems.length === rowStart && metric && value.ok && isQualifier(qualifier!)) {
      checkFigure(metric, value.value, record.values.value!, qualifier, quote!, say);
    }
    if ((record.values.note ?? "").trim() && !(record.values.note_en ?? "").trim()) say("note_en", UNTRANSLATED_NOTE);
    if (problems.length === rowStart && value.ok) {
      results.push({
        province: slug,
        metric: metricId!,
        value: value.value,
        qualifier: qualifier as Qualifier,
        source: sourceId!,
        quote: quote!,
        note: record.values.note ?? "",
        note_en: record.values.note_en ?? "",
        file: file.path,
        line: record.line,
      });
    }
  }
  checkAgreement(results, problems);
  // Until the file itself is right, checking what stories cite from it would only repeat its problems.
  return { results, mentioned: problems.length > before ? null : new Set(results.map((r) => r.metric)) };
}

/** Checks that a value fits its metric and qualifier, and that the quote states that value that way. */
function checkFigure(
  metric: Metric,
  value: number | null,
  raw: string,
  qualifier: Qualifier,
  quote: string,
  say: (column: string, message: string) => void,
): void {
  if (qualifier === "unquantified") {
    if (value !== null) say("value", `a value goes with an unquantified qualifier: leave the value empty, or write the qualifier the source uses (${QUALIFIERS.slice(0, 4).join(", ")})`);
    // "hàng nghìn vụ" states no number; "trên 366 đợt" does, and must not be shown as "no count given".
    const stated = /(?<![\p{L}\d.,])\d[\d.,]*(?![\d])/u.exec(quote.replace(/hàng (nghìn|ngàn|trăm|chục)/giu, ""));
    if (value === null && stated) say("qualifier", `the quote states a number (${stated[0]}): write it in the value column with the qualifier the article uses, not unquantified`);
    return;
  }
  if (value === null) {
    say("value", `the value is empty: write the number the source states, or write unquantified in the qualifier column if the source gives none`);
    return;
  }
  const vietnamese = /^\d{1,3}(\.\d{3})+$/.test(raw);
  if (metric.unit === "count" && (vietnamese || !Number.isInteger(value))) {
    say(
      "value",
      `${metric.id} counts whole units, so ${raw} cannot be right: ` +
        (vietnamese
          ? `in Vietnamese "${raw}" means ${raw.replaceAll(".", "")}; write ${raw.replaceAll(".", "")}, without the dot`
          : "write the whole number the source states"),
    );
    return;
  }
  if (metric.unit === "percent" && value > 100) {
    say("value", `${value} is more than 100 but ${metric.id} is a percentage: write the share the source states`);
    return;
  }
  const matches = valueMatches(quote, value);
  if (matches.length === 0) {
    say("quote", `the quote does not state ${spellings(value).join(" or ")}: copy the phrase of the article that states the figure, exactly as written`);
    return;
  }
  const unsupported = matches.map((m) => unsupportedBefore(quote, m.offset)).find(Boolean);
  if (unsupported) {
    say("qualifier", `the quote says "${unsupported} ${spellings(value)[0]}", which no qualifier here can express: leave the figure out, or record it in the note of a related row`);
    return;
  }
  const stated = matches.map((m) => qualifierBefore(quote, m.offset));
  if (!stated.includes(qualifier)) {
    say("qualifier", `the quote states the number as ${QUALIFIER_NAMES[stated[0]!]}: write ${stated[0]} here, as the article does`);
    return;
  }
  // The words after the number must name what the metric counts ("20 tập thể" is not 20 individuals).
  const phrases = metric.keywords_vi.split("|").map((k) => k.split("@")[0]!.toLowerCase()).filter(Boolean);
  const counts = (m: { end: number }) => {
    const after = quote.slice(m.end).replace(/^\s*%?\s*/, "").toLowerCase();
    return phrases.some((p) => after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after[p.length] ?? ""));
  };
  if (phrases.length && !matches.some(counts)) {
    say("quote", `the quote states ${spellings(value)[0]} but the words after it do not name what ${metric.id} counts (${phrases.join(", ")}): quote the number with the words that follow it, or check the metric`);
  }
}

/** Two articles stating the same figure for a province must agree; a difference is for an editor to settle. */
function checkAgreement(results: readonly Result[], problems: Problem[]): void {
  const first = new Map<string, Result>();
  for (const r of results) {
    const earlier = first.get(r.metric);
    if (!earlier) first.set(r.metric, r);
    else if (earlier.value !== r.value || earlier.qualifier !== r.qualifier) {
      problems.push({
        file: r.file,
        line: r.line,
        column: 1,
        message: `${r.source} gives ${r.qualifier} ${r.value ?? ""} for ${r.metric} but line ${earlier.line} (${earlier.source}) gives ${earlier.qualifier} ${earlier.value ?? ""}: keep the figure you can stand behind and explain the other in its note`,
      });
    }
  }
}

/** Every `<Fig>` in a story must name a figure some province reported. */
function checkRefs(
  file: TextFile,
  slug: string,
  refs: readonly FigureRef[],
  mentioned: ReadonlyMap<string, ReadonlySet<string> | null>,
  slugs: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const ref of refs) {
    const province = ref.province ?? slug;
    const where = { file: file.path, line: ref.line, column: ref.column };
    if (!slugs.has(province)) {
      problems.push({ ...where, message: `<Fig province="${province}"> names no province: write a slug of ${PATHS.stories}/.${didYouMean(province, slugs)}` });
      continue;
    }
    const reported = mentioned.get(province);
    if (reported && !reported.has(ref.metric)) {
      problems.push({ ...where, message: `<Fig metric="${ref.metric}"> refers to no figure of ${province}: write a metric of ${PATHS.results}/${province}.csv.${didYouMean(ref.metric, reported)}` });
    }
  }
}
