import type { TextFile } from "../model.ts";
import type { Problem } from "../Problem.ts";
import { bareNumbers } from "./bareNumbers.ts";
import { figNeighbours } from "./figNeighbours.ts";
import { parseStoryMdx } from "./parseStoryMdx.ts";
import { storyParagraphs, type Paragraph } from "./storyParagraphs.ts";
import { storySyntax, type StorySyntax } from "./storySyntax.ts";
import { typedWordMessage, typedWords } from "./typedWords.ts";

/**
 * Reads a story's body with the build's MDX parser and checks it: what the parser refuses (the first place it
 * stops, as the build would), then the allow-list over its syntax tree and figures written by hand in its prose.
 * `parsed` is false when the parser refused it, and then nothing of its body is known.
 */
export function storyBody(file: TextFile, bodyOffset: number): StoryBody {
  // Parsing is the costly part of validation (about 5 ms a story) and a story's checks depend only on its
  // path and text: a validation that sees the same story again (the build's loaders, the desk, a property
  // test changing only a CSV) reuses the result.
  const key = `${file.path}\u0000${bodyOffset}\u0000${file.text}`;
  const known = seen.get(key);
  if (known) return known;
  const body = readBody(file, bodyOffset);
  if (seen.size >= KEEP) seen.delete(seen.keys().next().value!);
  seen.set(key, body);
  return body;
}

/** What `storyBody` finds in one story; read-only, as it may be shared between validations. */
export type StoryBody = Readonly<Omit<StorySyntax, "prose"> & { parsed: boolean; paragraphs: readonly Paragraph[] }>;

/** How many stories' results are kept (two editions of a few hundred provinces fit; memory stays bounded). */
const KEEP = 2048;
const seen = new Map<string, StoryBody>();

function readBody(file: TextFile, bodyOffset: number): StoryBody {
  const read = parseStoryMdx(file.text, bodyOffset);
  if ("problem" in read) {
    return { refs: [], tags: [], comments: [], paragraphs: [], problems: [{ file: file.path, ...read.problem }], parsed: false };
  }
  const { prose, ...syntax } = storySyntax(read.tree, file.path, file.text);
  const { paragraphs, problems: inLinks } = storyParagraphs(read.tree, file.path, file.text);
  const typed: Problem[] = paragraphs.flatMap((p) => typedWords(p.text).map((w) => ({ file: file.path, ...p.at(w.index), message: typedWordMessage(w) })));
  const problems = [...syntax.problems, ...bareNumbers(prose, file.text, file.path), ...typed, ...inLinks, ...figNeighbours(paragraphs, file.path)];
  return { ...syntax, paragraphs, problems, parsed: true };
}
