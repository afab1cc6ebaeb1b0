import type { z } from "astro/zod";
import type { FigureRef } from "../figureRefs.ts";
import { readFrontmatter } from "../frontmatter.ts";
import type { TextFile } from "../model.ts";
import { lineIndex } from "../positions.ts";
import type { Problem } from "../Problem.ts";
import type { StoryTag } from "../storyTags.ts";
import { storyBody } from "../story/storyBody.ts";
import type { Paragraph } from "../story/storyParagraphs.ts";
import { typedWordMessage, typedWords } from "../story/typedWords.ts";
import { placeholders } from "../story/placeholders.ts";
import type { StoryComment } from "../story/storySyntax.ts";
import { fileSlug } from "./fileSlug.ts";
import { frontmatterProblems } from "./frontmatterProblems.ts";

/** A story file as read: its frontmatter (when valid), where its fields are, and what its body cites. */
export interface Story<T> {
  file: TextFile;
  slug: string;
  /** The frontmatter, when it is valid and its slug matches the file name. */
  data?: T;
  at: (path: readonly PropertyKey[]) => { line: number; column: number };
  refs: FigureRef[];
  /** Its inline charts and computed claims. */
  tags: StoryTag[];
  /** Its {/* comments *\/}: notes to editors, and the English story's omitted figures. */
  comments: StoryComment[];
  /** Whether the MDX parser could read its body (when not, its figures are unknown and not compared). */
  parsed: boolean;
  /** Its published text, block by block, for the rules that read words in their sentence. */
  paragraphs: readonly Paragraph[];
  /** Frontmatter texts readers see as prose (headline, summary, event.title, counts), where each was written. */
  fields: { text: string; line: number; column: number; at(index: number): { line: number; column: number } }[];
}

/** Reads a story (Vietnamese, or its English edition) and its frontmatter, with every problem found in either. */
export function readStory<T extends { slug: string; summary: string; event?: { title?: string } }>(file: TextFile, schema: z.ZodType<T>, problems: Problem[]): Story<T> {
  const slug = fileSlug(file.path);
  const read = readFrontmatter(file.text, file.path);
  problems.push(...read.problems);
  const fm = read.frontmatter;
  const at = fm?.at ?? (() => ({ line: 1, column: 1 }));
  if (!fm) return { file, slug, at, refs: [], tags: [], comments: [], parsed: false, paragraphs: [], fields: [] };

  const body = storyBody(file, fm.bodyOffset);
  problems.push(...body.problems);
  const { refs, tags } = body;
  const parsed = schema.safeParse(fm.data ?? {});
  if (!parsed.success) problems.push(...frontmatterProblems(file.path, fm.data, parsed.error.issues, at, file.text));
  // After the schema's problems, so a field it already calls a placeholder is not reported twice.
  problems.push(...placeholders(file, fm, problems));
  const known = { comments: body.comments, parsed: body.parsed, paragraphs: body.paragraphs };
  if (!parsed.success) return { file, slug, at, refs, tags, ...known, fields: [] };
  const fields = proseFields(parsed.data).map(({ path, text }) => ({ text, ...at(path), at: placeIn(file.text, at(path), text) }));
  // The summary and the event's title are read as prose: figures typed in other digits or in words are refused there too.
  for (const field of fields) {
    for (const word of typedWords(field.text)) problems.push({ file: file.path, ...field.at(word.index), message: `in the frontmatter, ${typedWordMessage(word)}` });
  }
  // The summary is printed as text (cards, link previews), never compiled: a tag or comment would show as typed.
  if (/<\/?[A-Za-z]|\{\/\*/.test(parsed.data.summary)) {
    problems.push({ file: file.path, ...at(["summary"]), message: 'the summary is plain text, printed as written: tags such as <Fig metric="…" /> and comments {/* … */} show as they are typed; write the summary in words, and figures in the story' });
  }
  // The headline and the standfirst are printed as text too: a figure there would have no source to link to.
  for (const [key, value] of [["summary", parsed.data.summary], ["headline", (parsed.data as { headline?: string }).headline ?? ""]] as const) {
    const figure = /\d[\d.,%]*/g.exec(value.replace(/\b(19|20)\d\d\b|\b09\b/g, ""));
    if (figure) {
      problems.push({ file: file.path, ...at([key]), message: `the ${key} states a figure ("${figure[0]}"): keep figures out of it and write them in the story with <Fig metric="…" />, where they link to their source` });
    }
  }
  if (parsed.data.slug !== slug) {
    problems.push({ file: file.path, ...at(["slug"]), message: `slug "${parsed.data.slug}" differs from the file name: write slug: ${slug}, or rename the file` });
    return { file, slug, at, refs, tags, ...known, fields };
  }
  return { file, slug, data: parsed.data, at, refs, tags, ...known, fields };
}

/**
 * Places an index of a frontmatter text in the file: YAML folds and unquotes what was written, so the words from
 * that index are looked for after the field's start; where they are not found as written, the field's start.
 */
function placeIn(text: string, start: { line: number; column: number }, value: string): (index: number) => { line: number; column: number } {
  const lines = text.split("\n");
  const from = lines.slice(0, start.line - 1).reduce((n, l) => n + l.length + 1, 0) + start.column - 1;
  const position = lineIndex(text);
  return (index) => {
    const words = value.slice(index).split(/\s+/).slice(0, 1).join(" ");
    const found = words ? text.indexOf(words, from) : -1;
    return found < 0 ? start : position(found);
  };
}

/** The frontmatter texts a reader reads as prose: the headline, the summary, the event's title and what was counted. */
function proseFields(data: { summary: string; headline?: string; counts?: Record<string, string>; event?: { title?: string } }): { path: PropertyKey[]; text: string }[] {
  const fields: { path: PropertyKey[]; text: string }[] = [{ path: ["summary"], text: data.summary }];
  if (typeof data.headline === "string") fields.push({ path: ["headline"], text: data.headline });
  if (typeof data.event?.title === "string") fields.push({ path: ["event", "title"], text: data.event.title });
  for (const [metric, text] of Object.entries(data.counts ?? {})) fields.push({ path: ["counts", metric], text });
  return fields;
}

