import { parseDocument, isNode } from "yaml";
import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";

/** A story's frontmatter as data, with a way to find where each field was written. */
export interface Frontmatter {
  data: unknown;
  /** Line and column of the value at a path, or of the closing `---` when the field is missing. */
  at(path: readonly PropertyKey[]): { line: number; column: number };
  /** Offset in the file where the story body (after the closing `---`) starts. */
  bodyOffset: number;
}

/** Splits an MDX file into its YAML frontmatter and body, reporting YAML errors with their position. */
export function readFrontmatter(text: string, file: string): { frontmatter?: Frontmatter; problems: Problem[] } {
  const at = lineIndex(text);
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  const close = open ? /^---[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) {
    return {
      problems: [{ file, line: 1, column: 1, message: "the story has no frontmatter: start the file with a line ---, the fields, and another line ---" }],
    };
  }
  const yamlStart = open[0].length;
  const closeOffset = yamlStart + close.index;
  const doc = parseDocument(text.slice(yamlStart, closeOffset), { prettyErrors: false });
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...at(yamlStart + error.pos[0]),
    message: `the frontmatter is not valid YAML (${error.message.split("\n")[0]}): write each field as name: value, and quote a value that contains ": "`,
  }));
  if (problems.length) return { problems };
  const closing = at(closeOffset);
  return {
    problems,
    frontmatter: {
      data: doc.toJS(),
      at(path) {
        // Walk up the path until a node exists: a missing field points at its parent, or the closing ---.
        for (let n = path.length; n > 0; n--) {
          const node = doc.getIn(path.slice(0, n) as unknown[], true);
          if (isNode(node) && node.range) return at(yamlStart + node.range[0]);
        }
        return closing;
      },
      bodyOffset: closeOffset + close[0].length,
    },
  };
}
