import type { Metric } from "../model.ts";
import type { Problem } from "../Problem.ts";
import { PATHS } from "../projectPaths.ts";
import type { TableRow } from "./readTable.ts";
import { foreignLetter, hiddenCharacter, hiddenMessage, lookalikeKey } from "./hiddenCharacters.ts";

type At = (path: readonly PropertyKey[]) => { line: number; column: number };

/** A story's frontmatter as the name checks need it: its file, its data (when valid) and where its fields are. */
interface NamedStory {
  file: { path: string };
  data?: unknown;
  at: At;
}

/**
 * Names readers tell provinces and measures apart by: every frontmatter text of both editions and each metric's
 * id and labels are refused when they hold an invisible character; a province name when it has a letter of
 * another script or looks like another province's name (the same letters but for diacritics, case or a
 * confusable character). One province named with a Cyrillic letter would become a second Hà Nam.
 */
export function checkNames(stories: readonly NamedStory[], metrics: readonly TableRow<Metric>[]): Problem[] {
  const problems: Problem[] = [];
  for (const story of stories) {
    const walk = (value: unknown, path: PropertyKey[]): void => {
      if (typeof value === "string") {
        const hidden = hiddenCharacter(value);
        if (hidden) problems.push({ file: story.file.path, ...story.at(path), message: hiddenMessage(`field "${path.join(".")}"`, hidden.code) });
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(story.data, []);
  }
  const seen = new Map<string, { name: string; path: string }>();
  for (const story of stories) {
    const name = (story.data as { name?: unknown } | undefined)?.name;
    if (typeof name !== "string" || !story.file.path.startsWith(`${PATHS.stories}/`)) continue;
    const where = { file: story.file.path, ...story.at(["name"]) };
    const foreign = foreignLetter(name);
    if (foreign) {
      problems.push({ ...where, message: `field "name": "${foreign.letter}" (${foreign.code}) is not a letter of the Vietnamese alphabet, though it may look like one: retype the name with Vietnamese letters` });
      continue;
    }
    const key = lookalikeKey(name);
    const earlier = seen.get(key);
    // The same name twice is reported by validateProject already; a different spelling that looks the same is not.
    if (earlier && earlier.name.normalize("NFC").toLocaleLowerCase("vi") !== name.normalize("NFC").toLocaleLowerCase("vi")) {
      problems.push({ ...where, message: `the name "${name}" looks like "${earlier.name}" (${earlier.path}): a reader could not tell the two provinces apart; write the province's own name with its diacritics, or edit ${earlier.path} if this is the same province` });
    } else if (!earlier) seen.set(key, { name, path: story.file.path });
  }
  for (const { row, record } of metrics) {
    for (const column of ["id", "label_vi", "label_en"] as const) {
      const hidden = hiddenCharacter(row[column]);
      if (hidden) problems.push({ file: PATHS.metrics, ...record.at(column), message: hiddenMessage(`column "${column}"`, hidden.code) });
    }
  }
  return problems;
}
