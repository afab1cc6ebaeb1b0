import type { z } from "astro/zod";
import { figureRefs, type FigureRef } from "../figureRefs.ts";
import { readFrontmatter } from "../frontmatter.ts";
import type { TextFile } from "../model.ts";
import { lineIndex } from "../positions.ts";
import type { Problem } from "../Problem.ts";
import { STORY_COMPONENTS, storyTags, type StoryTag } from "../storyTags.ts";
import { fileSlug } from "./fileSlug.ts";
import { frontmatterProblems } from "./frontmatterProblems.ts";

/** A story file as read: its frontmatter (when valid), where its fields are, and what its body cites. */
export interface Story<T> {
  file: TextFile;
  slug: string;
  /** The frontmatter, when it is valid and its slug matches the file name. */
  data?: T;
  at: (path: readonly PropertyKey[]) => { line: number; column: number };
  refs: FigureRef[];
  /** Its inline charts and computed claims. */
  tags: StoryTag[];
}

/** Reads a story (Vietnamese, or its English edition) and its frontmatter, with every problem found in either. */
export function readStory<T extends { slug: string; summary: string }>(file: TextFile, schema: z.ZodType<T>, problems: Problem[]): Story<T> {
  const slug = fileSlug(file.path);
  const read = readFrontmatter(file.text, file.path);
  problems.push(...read.problems);
  const fm = read.frontmatter;
  const at = fm?.at ?? (() => ({ line: 1, column: 1 }));
  if (!fm) return { file, slug, at, refs: [], tags: [] };

  const found = figureRefs(file.text, file.path, fm.bodyOffset);
  problems.push(...found.problems);
  const { tags, problems: tagProblems } = storyTags(file.text, file.path, fm.bodyOffset);
  problems.push(...tagProblems);
  problems.push(...unsafeBody(file, fm.bodyOffset));
  const placeholder = /\bTODO\b/.exec(file.text.slice(fm.bodyOffset));
  if (placeholder) {
    problems.push({ file: file.path, ...lineIndex(file.text)(fm.bodyOffset + placeholder.index), message: "the story still holds a TODO placeholder: write the text in its place" });
  }
  const parsed = schema.safeParse(fm.data ?? {});
  if (!parsed.success) {
    problems.push(...frontmatterProblems(file.path, fm.data, parsed.error.issues, at, file.text));
    return { file, slug, at, refs: found.refs, tags };
  }
  const figure = /\d[\d.,%]*/g.exec(parsed.data.summary.replace(/\b(19|20)\d\d\b|\b09\b/g, ""));
  if (figure) {
    problems.push({ file: file.path, ...at(["summary"]), message: `the summary states a figure ("${figure[0]}"): keep figures out of it and write them in the story with <Fig metric="…" />, where they link to their source` });
  }
  if (parsed.data.slug !== slug) {
    problems.push({ file: file.path, ...at(["slug"]), message: `slug "${parsed.data.slug}" differs from the file name: write slug: ${slug}, or rename the file` });
    return { file, slug, at, refs: found.refs, tags };
  }
  return { file, slug, data: parsed.data, at, refs: found.refs, tags };
}

// A story is prose with <Fig>: code, tags, inline expressions and script links would run on the build machine
// or on readers' machines, so anything else is refused where it stands.
const UNSAFE_BODY: readonly [RegExp, string][] = [
  [/^[ \t]*(import|export)\s/m, "a story may not import or export code: write prose, and figures as <Fig metric=\"…\" />"],
  // <Vi>…</Vi> (no attributes) marks Vietnamese words in an English story, for screen readers. Charts and claims
  // (STORY_COMPONENTS) are checked attribute by attribute by storyTags.
  [
    new RegExp(`<(?!Fig\\b|\\/Fig\\b|\\/?Vi>|\\/?(?:${STORY_COMPONENTS.join("|")})\\b)\\/?[A-Za-z]`),
    `a story may not hold HTML or components other than <Fig>, <Vi>, ${STORY_COMPONENTS.map((c) => `<${c}>`).join(", ")}: write prose in Markdown, figures as <Fig metric="…" />, charts as <Chart … />, comparisons as <Reporters metric="…" />, and Vietnamese words in an English story as <Vi>…</Vi>`,
  ],
  // A { that does not open a comment-only expression: {/* … */} with no */ before its end.
  [/\{(?!\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*\})/, "a story may not hold a {…} expression (only {/* comments */}): write the text itself, and figures as <Fig metric=\"…\" />"],
  [/&#|&[a-z]+;/i, "a story may not use HTML character references such as &#58; or &colon;: type the character itself"],
];

/** Problems that make a story unsafe or unportable, each at the place it occurs. */
function unsafeBody(file: TextFile, bodyOffset: number): Problem[] {
  const at = lineIndex(file.text);
  const body = file.text.slice(bodyOffset);
  const found = UNSAFE_BODY.flatMap(([pattern, message]) => {
    const m = pattern.exec(body);
    return m ? [{ file: file.path, ...at(bodyOffset + m.index), message }] : [];
  });
  // Markdown links: a web page, an anchor on this page, or nothing that a base path or a browser could misread.
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]*)/g)) {
    const target = m[1]!;
    // A target with a character reference is already refused as such; one message is enough.
    if (/^(https?:\/\/|#)/i.test(target) || target.includes("&")) continue;
    found.push({
      file: file.path,
      ...at(bodyOffset + m.index + 2),
      message: /^\//.test(target)
        ? `link "${target}" starts with "/" and would break when the site is served under a sub-path: link to an http(s) page or a #anchor`
        : `link "${target}" is not an http(s) address or a #anchor: write the full https:// address`,
    });
  }
  return found;
}
