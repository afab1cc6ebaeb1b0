/** One thing wrong in an editor's file: where it is (1-based line and column) and what to write instead. */
export interface Problem {
  /** Path relative to the project root, e.g. `data/results/ha-nam.csv`. */
  file: string;
  line: number;
  column: number;
  /** What is wrong and what to write instead, in one sentence or two. */
  message: string;
}

/** Formats a problem the way compilers do, so editors and terminals can jump to it. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}

/** Orders problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
