import { readFrontmatter } from "../../src/lib/data/frontmatter.ts";
import type { Problem } from "../../src/lib/data/Problem.ts";
import { storyBody } from "../../src/lib/data/story/storyBody.ts";
import { storyClaims } from "../../src/lib/data/story/storyClaims.ts";

/** The four provinces' slugs and names, as the real project has them. */
export const NAME_OF = new Map([
  ["ha-nam", "Hà Nam"],
  ["ha-tinh", "Hà Tĩnh"],
  ["binh-thuan", "Bình Thuận"],
  ["thai-nguyen", "Thái Nguyên"],
]);

/**
 * The hand-written claims and the other-province figures storyClaims finds in a story given as text (frontmatter
 * optional: a body alone gets a minimal one), read through the build's MDX parser as validation reads it.
 */
export function claimsIn(text: string, file = "content/provinces/x.mdx", nameOf: ReadonlyMap<string, string> = NAME_OF): Problem[] {
  const whole = text.startsWith("---\n") ? text : `---\nslug: x\n---\n\n${text}`;
  const fm = readFrontmatter(whole, file).frontmatter!;
  const body = storyBody({ path: file, text: whole }, fm.bodyOffset);
  return storyClaims({ file: { path: file }, slug: "x", paragraphs: body.paragraphs, fields: [] }, nameOf);
}
