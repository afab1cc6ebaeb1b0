import type { z } from "astro/zod";
import type { Problem } from "../Problem.ts";

/** A frontmatter schema's issues, each at the field it concerns, worded as what to write instead. */
export function frontmatterProblems(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  at: (path: readonly PropertyKey[]) => { line: number; column: number },
): Problem[] {
  return issues.map((issue) => {
    const field = issue.path.join(".");
    // Zod 4 leaves the input out of its issues; look the field up in what the editor wrote.
    const missing = issue.code === "invalid_type" && valueAt(data, issue.path) === undefined;
    const unknown = issue.code === "unrecognized_keys";
    return {
      file,
      ...at(unknown ? [issue.keys[0]!] : issue.path),
      message: missing ? missingField(issue.path.map(String)) : unknown ? `field "${issue.keys.join('", "')}" is not part of an English story, which shares it with the Vietnamese one: delete the line` : `field "${field}" ${issue.message}`,
    };
  });
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

