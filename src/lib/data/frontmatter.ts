import { parseDocument, isNode } from "yaml";
import { FRONTMATTER, overLimit } from "./limits.ts";
import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";
import { yamlHazards } from "./yaml/yamlSafety.ts";

/** A story's frontmatter as data, with a way to find where each field was written. */
export interface Frontmatter {
  data: unknown;
  /** Line and column of the value at a path, or of the closing `---` when the field is missing. */
  at(path: readonly PropertyKey[]): { line: number; column: number };
  /** Offset in the file where the story body (after the closing `---`) starts. */
  bodyOffset: number;
}

/**
 * Splits an MDX file into its YAML frontmatter and body and reads the YAML safely: the one reader of
 * frontmatter for check, the build's content loader and the desk. Every problem is at its line and column:
 * YAML errors and warnings, tags, anchors and aliases (see yamlHazards), a frontmatter over its size limit.
 */
export function readFrontmatter(text: string, file: string): { frontmatter?: Frontmatter; problems: Problem[] } {
  const at = lineIndex(text);
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  // The MDX compiler ends the frontmatter at the first line that starts with ---, whatever follows on it; so does
  // this reader, so both see the same body (a line "---x" is refused below rather than read two ways).
  const close = open ? /^---/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) {
    return {
      problems: [{ file, line: 1, column: 1, message: "the story has no frontmatter: start the file with a line ---, the fields, and another line ---" }],
    };
  }
  const yamlStart = open[0].length;
  const closeOffset = yamlStart + close.index;
  const closeLine = /^---.*/.exec(text.slice(closeOffset))![0];
  if (!/^---[ \t]*\r?$/.test(closeLine)) {
    return { problems: [{ file, ...at(closeOffset), message: `a line starting with --- ends the frontmatter, so "${closeLine.trim()}" would end it here: write --- alone on the line that closes the frontmatter, and no other line starting with ---` }] };
  }
  const yaml = text.slice(yamlStart, closeOffset);
  if (yaml.length > FRONTMATTER.max) {
    return { problems: [{ file, line: 1, column: 1, message: overLimit(FRONTMATTER, Buffer.byteLength(yaml), "keep its fields short and write the story below the closing ---") }] };
  }
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    ...at(yamlStart + error.pos[0]),
    message: `the frontmatter is not valid YAML (${error.message.split("\n")[0]}): write each field as name: value, and quote a value that contains ": "`,
  }));
  // A tag also gives a warning ("Unresolved tag"); its own message says more.
  const hazards = yamlHazards(doc, yaml).map((h) => ({ file, ...at(yamlStart + h.offset), message: h.message }));
  const said = new Set(hazards.map((h) => h.line));
  problems.splice(0, problems.length, ...problems.filter((p) => !said.has(p.line)), ...hazards);
  if (problems.length) return { problems };
  const closing = at(closeOffset);
  return {
    problems,
    frontmatter: {
      data: doc.toJS({ maxAliasCount: 0 }),
      at(path) {
        // Walk up the path until a node exists: a missing field points at its parent, or the closing ---.
        for (let n = path.length; n > 0; n--) {
          const node = doc.getIn(path.slice(0, n) as unknown[], true);
          if (isNode(node) && node.range) return at(yamlStart + node.range[0]);
        }
        return closing;
      },
      bodyOffset: closeOffset + closeLine.length,
    },
  };
}
