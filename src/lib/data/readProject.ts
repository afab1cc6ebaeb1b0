import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "./DataError.ts";
import { decodeText, firstNonNfc } from "./decodeText.ts";
import { fileLimit, projectTooLarge } from "./fileLimits.ts";
import type { ProjectFiles, TextFile } from "./model.ts";
import type { Problem } from "./Problem.ts";
import { PATHS } from "./projectPaths.ts";

export { PATHS };

/**
 * Reads the editor's files of the project at `root` (a folder path) as text, for `check`, the build and the
 * extractor alike. Each file is decoded strictly as UTF-8; a missing or undecodable file is a DataError that
 * lists every such file. CSV text is normalised to NFC (cells are published only through this reader, so what
 * is checked is what is published); a story must already be NFC, because Astro publishes the file as written.
 */
export function readProjectFiles(root: string): ProjectFiles {
  const problems: Problem[] = [];
  let total = 0;
  const missing = (path: string) => problems.push({ file: path, line: 1, column: 1, message: "is missing: restore it with git checkout -- " + path });
  const read = (path: string): TextFile => {
    if (!existsSync(join(root, path))) {
      missing(path);
      return { path, text: "" };
    }
    // Sizes are checked before a byte is read, so a huge file costs nothing but this message.
    const size = statSync(join(root, path)).size;
    total += size;
    const tooLarge = fileLimit(path, size);
    if (tooLarge) {
      problems.push(tooLarge);
      return { path, text: "" };
    }
    const story = path.endsWith(".mdx");
    const decoded = decodeText(readFileSync(join(root, path)), path, story ? "mdx" : "csv");
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      return { path, text: "" };
    }
    if (!story) return { path, text: decoded.text.normalize("NFC") };
    const decomposed = firstNonNfc(decoded.text);
    if (decomposed) problems.push({ file: path, ...decomposed, message: NOT_NFC });
    return { path, text: decoded.text };
  };
  const list = (dir: string, ext: string): TextFile[] => {
    if (!existsSync(join(root, dir))) {
      missing(dir);
      return [];
    }
    return readdirSync(join(root, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => read(`${dir}/${name}`));
  };
  const files: ProjectFiles = {
    metrics: read(PATHS.metrics),
    sources: read(PATHS.sources),
    results: list(PATHS.results, ".csv"),
    stories: list(PATHS.stories, ".mdx"),
    translations: list(PATHS.translations, ".mdx"),
    corrections: existsSync(join(root, PATHS.corrections)) ? read(PATHS.corrections) : undefined,
    edition: read(PATHS.edition),
  };
  const whole = projectTooLarge(total);
  if (whole) problems.push(whole);
  if (problems.length) throw new DataError(problems);
  return files;
}

/** Why a story in decomposed Unicode is refused, and what to do. */
const NOT_NFC =
  'these letters are stored decomposed (Unicode NFD: a letter and its accents as separate characters, as some Mac and PDF tools write them), so they would never match the same words typed normally: retype them, or save the file as UTF-8 in composed form (NFC)';
