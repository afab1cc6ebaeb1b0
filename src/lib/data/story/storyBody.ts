import type { TextFile } from "../model.ts";
import { bareNumbers } from "./bareNumbers.ts";
import { parseStoryMdx } from "./parseStoryMdx.ts";
import { storySyntax, type StorySyntax } from "./storySyntax.ts";

/**
 * Reads a story's body with the build's MDX parser and checks it: what the parser refuses (the first place it
 * stops, as the build would), then the allow-list over its syntax tree and figures written by hand in its prose.
 * `parsed` is false when the parser refused it, and then nothing of its body is known.
 */
export function storyBody(file: TextFile, bodyOffset: number): Omit<StorySyntax, "prose"> & { parsed: boolean } {
  const read = parseStoryMdx(file.text, bodyOffset);
  if ("problem" in read) {
    return { refs: [], tags: [], comments: [], problems: [{ file: file.path, ...read.problem }], parsed: false };
  }
  const { prose, ...syntax } = storySyntax(read.tree, file.path, file.text);
  return { ...syntax, problems: [...syntax.problems, ...bareNumbers(prose, file.text, file.path)], parsed: true };
}
