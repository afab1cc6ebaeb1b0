import { formatProblem, sortProblems, type Problem } from "./Problem.ts";

/** The error the build throws when editors' files have problems; its message lists every one of them. */
export class DataError extends Error {
  readonly problems: Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(
      `The content and data files have ${count}; nothing was built.\n` +
        sorted.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "DataError";
    this.problems = sorted;
    // The problems are the editor's, not the code's: a stack trace under them would only bury them. Astro prints
    // a "Stack trace:" heading for any error with a stack, even one without frames, so there is none at all.
    this.stack = "";
  }
}
