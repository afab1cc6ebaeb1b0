import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ProjectFiles } from "../../../src/lib/data/model.ts";
import { misspellings, type Misspelling } from "./check.ts";
import { makeSpeller, readWordList, type Lang, type Speller } from "./speller.ts";
import { projectSegments } from "./texts.ts";

/** The project's own words, one file per language, relative to the repository root. */
export const WORD_LISTS: Record<Lang, string> = { vi: "tests/spelling/words-vi.txt", en: "tests/spelling/words-en.txt" };
/** The dictionary modules whose strings readers see, relative to the repository root. */
export const DICTIONARIES = ["src/i18n/vi.ts", "src/i18n/en.ts"];

/** A speller per language with the project's word lists (built once: some 0.3 s). */
export function projectSpellers(root: string): Record<Lang, Speller> {
  return { vi: makeSpeller("vi", readWordList(join(root, WORD_LISTS.vi))), en: makeSpeller("en", readWordList(join(root, WORD_LISTS.en))) };
}

/** Every misspelling in the reader-facing texts of a project's files and of its dictionaries in `root`. */
export function projectMisspellings(root: string, files: ProjectFiles, spellers: Record<Lang, Speller>): Misspelling[] {
  const dictionaries = DICTIONARIES.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
  return misspellings(projectSegments(files, dictionaries), spellers);
}
