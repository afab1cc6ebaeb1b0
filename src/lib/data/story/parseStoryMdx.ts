import { mdxToMdast } from "satteri";
import { mdxErrorMessage } from "./mdxErrorMessage.ts";

/** A node of the syntax tree the build's MDX parser makes of a story (mdast with its MDX extensions). */
export interface StoryNode {
  type: string;
  /** 1-based line and column, and 0-based offset (UTF-16 units) into the story file, frontmatter included. */
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  children?: StoryNode[];
  /** Text, the code of an expression or ESM block. */
  value?: string;
  /** A JSX element's name: null for a fragment <>…</>. */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
}

/** Where the parser gave up on a story, and what to write instead. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses a story with Sätteri's MDX parser, the one @astrojs/mdx compiles stories with (GFM and smart
 * punctuation on, as the build has them), so `check` reads each story exactly as the build will: a story the
 * parser refuses here is one the build would stop on. The frontmatter is blanked to spaces first, as
 * @astrojs/mdx does, so every position is a position in the file.
 */
export function parseStoryMdx(text: string, bodyOffset: number): { tree: StoryNode } | { problem: SyntaxProblem } {
  const blanked = text.slice(0, bodyOffset).replace(/[^\r\n]/g, " ") + text.slice(bodyOffset);
  try {
    return { tree: mdxToMdast(blanked, { features: { gfm: true, smartPunctuation: true } }) as unknown as StoryNode };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(raw);
    const line = at ? Number(at[1]) : 1;
    const column = at ? Number(at[2]) : 1;
    const lineText = text.split("\n")[line - 1] ?? "";
    return { problem: { line, column, message: mdxErrorMessage(raw.slice(at?.[0].length ?? 0), lineText.slice(column - 1)) } };
  }
}
