import { readFrontmatter } from "./frontmatter.ts";
import type { ProjectFiles } from "./model.ts";
import { fileSlug } from "./validate/fileSlug.ts";

/** A story as the build's content layer stores it: its id (the slug), frontmatter data, body and file. */
export interface StoryEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** Relative to the project root, with "/" separators, as Astro's loaders record it. */
  path: string;
  text: string;
}

/**
 * The stories of one folder (the Vietnamese ones or their English editions) with their frontmatter read by the
 * project's own YAML reader, the one check uses: so what the build stores is exactly what check validated (Astro's
 * glob loader would read it again with js-yaml, which differs on tags, merge keys and error handling).
 * Called only once the project validated, so every frontmatter here reads without a problem.
 */
export function storyEntries(files: ProjectFiles, which: "stories" | "translations"): StoryEntry[] {
  return files[which].map((file) => {
    const { frontmatter } = readFrontmatter(file.text, file.path);
    if (!frontmatter) throw new Error(`${file.path}: the frontmatter did not read after validation passed`);
    return {
      id: fileSlug(file.path),
      data: frontmatter.data as Record<string, unknown>,
      body: file.text.slice(frontmatter.bodyOffset),
      path: file.path,
      text: file.text,
    };
  });
}
