import type { Frontmatter } from "../frontmatter.ts";
import type { TextFile } from "../model.ts";
import { lineIndex } from "../positions.ts";
import type { Problem } from "../Problem.ts";

// "TODO" as new-province writes it, or as an editor types it ("todo", "Todo"), as a word.
const TODO = /(?<![\p{L}\d_])todo(?![\p{L}\d_])/iu;

/**
 * Placeholders left in a story, in any case: anywhere in its body (comments included: a note that something is
 * still to do means the story is not done) and in any frontmatter value, each where it stands. A frontmatter
 * line that already has a problem (the schema's own placeholder message) gets no second one.
 */
export function placeholders(file: TextFile, fm: Frontmatter, already: readonly Problem[]): Problem[] {
  const problems: Problem[] = [];
  const said = new Set(already.filter((p) => p.file === file.path).map((p) => p.line));
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string" && TODO.test(value)) {
      const where = fm.at(path);
      if (!said.has(where.line)) problems.push({ file: file.path, ...where, message: `field "${path.join(".")}" still holds a TODO placeholder: write the real text in its place` });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(fm.data, []);
  const body = TODO.exec(file.text.slice(fm.bodyOffset));
  if (body) {
    problems.push({ file: file.path, ...lineIndex(file.text)(fm.bodyOffset + body.index), message: "the story still holds a TODO placeholder: write the text in its place" });
  }
  return problems;
}
