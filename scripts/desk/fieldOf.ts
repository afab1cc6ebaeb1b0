import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import type { Problem } from "../../src/lib/data/Problem.ts";

/** A problem of the would-be project, with the desk field it concerns when there is one (e.g. `row:2:value`). */
export interface FieldProblem extends Problem {
  field?: string;
  /** For the desk's own problems (not check's): the desk's word for it, so the page says it in its language. */
  word?: string;
  values?: Record<string, string | number>;
}

/**
 * The column name of the CSV cell a problem points at, and the 0-based index of its data row; undefined when the
 * problem is not at a cell of a data row (a header, a whole file).
 */
export function csvCellAt(text: string, problem: Problem): { row: number; column: string } | undefined {
  const table = parseCsv(text, "");
  const header = table.header.map((c) => c.text);
  const row = table.rows.findIndex((r) => r.line === problem.line);
  if (row === -1) return undefined;
  const cells = table.rows[row]!.cells;
  // The cell the problem starts in: the last one starting at or before its column.
  let index = 0;
  cells.forEach((c, i) => {
    if (c.column <= problem.column) index = i;
  });
  return { row, column: header[index] ?? "" };
}

/**
 * The frontmatter field at a 1-based line of a story, as a dotted path ("event.title"), or "body" past the
 * frontmatter. Reads the YAML's own indentation, which is the desk's (it wrote the file from the template).
 */
export function storyFieldAt(text: string, line: number): string {
  const lines = text.split("\n");
  const close = lines.indexOf("---", 1);
  if (close === -1 || line > close + 1) return "body";
  const path: string[] = [];
  let field = "";
  for (let i = 1; i < Math.min(line, close); i++) {
    const m = /^(\s*)([A-Za-z_0-9]+):/.exec(lines[i]!);
    if (!m) continue;
    const depth = m[1]!.length / 2;
    path.length = depth;
    path[depth] = m[2]!;
    field = path.join(".");
  }
  return field;
}
