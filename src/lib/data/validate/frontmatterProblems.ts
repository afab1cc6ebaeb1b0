import type { z } from "astro/zod";
import { didYouMean } from "../closest.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";
import { provinceFrontmatter, storyTranslation } from "../storySchemas.ts";

type Position = { line: number; column: number };

/** A schema's issues with a story's frontmatter, each at the field it concerns, worded as what to write instead. */
export function frontmatterProblems(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  at: (path: readonly PropertyKey[]) => Position,
  /** The story file's text, to read what was written where a value lost its decimals to a comma. */
  text = "",
): Problem[] {
  const english = file.startsWith(`${PATHS.translations}/`);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const field = issue.path.join(".");
    if (issue.code === "unrecognized_keys") {
      problems.push(...unknownKeys(file, data, issue.path, issue.keys, english, at, text));
      continue;
    }
    // Zod 4 leaves the input out of its issues; look the field up in what the editor wrote.
    const value = valueAt(data, issue.path);
    const comma = typeof value === "string" ? /^\s*(-?\d+),(\d+)\s*$/.exec(value) : null;
    const message =
      issue.code === "invalid_type" && value === undefined
        ? missingField(issue.path.map(String))
        : issue.code === "invalid_type" && comma
          ? decimalComma(field, `${comma[1]},${comma[2]}`, `${comma[1]}.${comma[2]}`)
          : `field "${field}" ${issue.message}`;
    problems.push({ file, ...at(issue.path), message });
  }
  return problems;
}

/**
 * Fields the schema does not know, one problem each. In a flow map, `{ lat: 18,34 }` reads as `lat: 18` and a
 * field "34" with no value: that is a decimal comma, told at the number it belongs to.
 */
function unknownKeys(
  file: string,
  data: unknown,
  parent: readonly PropertyKey[],
  keys: readonly string[],
  english: boolean,
  at: (path: readonly PropertyKey[]) => Position,
  text: string,
): Problem[] {
  const object = valueAt(data, parent) as Record<string, unknown>;
  const known = keysAt(english ? storyTranslation : provinceFrontmatter, parent);
  return keys.map((key): Problem => {
    const where = at([...parent, key]);
    const name = [...parent, key].join(".");
    const digits = /^\d+$/.test(key) && object[key] == null;
    const split = digits ? splitNumber(object, parent, key, at, text) : undefined;
    if (split) {
      const [field, whole, decimals] = split;
      return { file, ...at([...parent, field]), message: decimalComma([...parent, field].join("."), `${whole},${decimals}`, `${whole}.${decimals}`) };
    }
    if (english && keysAt(provinceFrontmatter, parent).includes(key)) {
      return { file, ...where, message: `field "${name}" belongs to the Vietnamese story only (the English edition shares it from there): delete the line` };
    }
    const story = english ? "an English story" : "a story";
    return {
      file,
      ...where,
      message: digits
        ? `field "${name}" is not a field: if it is the decimals of a number written with a comma (18,34), write the number with a dot (18.34)`
        : `field "${name}" is not a field of ${story}${parent.length ? ` under ${parent.join(".")}` : ""}.${didYouMean(key, known)} The fields there are ${known.join(", ")}: correct its name, or delete the line`,
    };
  });
}

/**
 * The whole-number field whose value, as written in the file, is followed by a comma and `decimals`, with the
 * decimals as written: where a decimal comma split one number into a value and a field of its own. Undefined
 * when the text shows none.
 */
function splitNumber(
  object: Record<string, unknown>,
  parent: readonly PropertyKey[],
  decimals: string,
  at: (path: readonly PropertyKey[]) => Position,
  text: string,
): [string, number, string] | undefined {
  const lines = text.split("\n");
  for (const [field, value] of Object.entries(object)) {
    if (typeof value !== "number" || !Number.isInteger(value)) continue;
    const { line, column } = at([...parent, field]);
    const m = /^(-?\d+)[ \t]*,[ \t]*(\d+)/.exec(lines[line - 1]?.slice(column - 1) ?? "");
    // YAML reads the decimals as a number too ("05" becomes the field "5"): keep them as written.
    if (m && Number(m[2]) === Number(decimals) && Number(m[1]) === value) return [field, value, m[2]!];
  }
  return undefined;
}

/** What to say about a number written with a decimal comma. */
function decimalComma(field: string, written: string, meant: string): string {
  return `field "${field}" has a decimal comma (${written}), which YAML does not read as one number: write ${meant}`;
}

/** The field names a schema allows at a path of nested objects (unwrapping defaults and preprocessing). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of [...path, null]) {
    // Unwrap .default(), .optional() and z.preprocess() until an object (or nothing known) is reached.
    for (let i = 0; i < 5 && node && !(node as { shape?: unknown }).shape; i++) {
      const def = (node as { def?: { innerType?: unknown; out?: unknown } }).def;
      node = def?.innerType ?? def?.out;
    }
    const shape = (node as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (!shape) return [];
    if (key === null) return Object.keys(shape);
    node = shape[String(key)];
  }
  return [];
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
