import { figureRef, type FigureRef } from "../figureRefs.ts";
import type { Problem } from "../Problem.ts";
import { componentForm, STORY_COMPONENTS, storyTag, type Component, type StoryTag } from "../storyTags.ts";
import type { StoryNode } from "./parseStoryMdx.ts";
import { linkProblem } from "./linkProblem.ts";
import { ESM_MESSAGE } from "./mdxErrorMessage.ts";

/** A run of published prose in a story, with where it starts in the file. */
export interface ProseText {
  value: string;
  line: number;
  column: number;
  /** Where its source starts and ends in the file (0-based offsets), to place what is found inside it. */
  offset: number;
  end: number;
}

/** A {/* comment *\/} in a story (a note to editors, never published), with where it starts. */
export interface StoryComment {
  text: string;
  line: number;
  column: number;
}

/** What a story's syntax tree holds that the rest of validation needs, and every problem found in it. */
export interface StorySyntax {
  refs: FigureRef[];
  tags: StoryTag[];
  prose: ProseText[];
  comments: StoryComment[];
  problems: Problem[];
}

// Markdown a story may use. Anything else — code, images, ESM, other tags, expressions — is refused where it stands.
const MARKDOWN = new Set([
  "root", "paragraph", "heading", "text", "emphasis", "strong", "delete", "blockquote", "list", "listItem",
  "thematicBreak", "break", "link", "linkReference", "definition", "table", "tableRow", "tableCell", "inlineCode",
  "footnoteReference", "footnoteDefinition",
]);

const COMPONENTS: ReadonlySet<string> = new Set(STORY_COMPONENTS);

const OTHER_TAGS = `a story may not hold HTML or components other than <Fig>, <Vi>, ${STORY_COMPONENTS.map((c) => `<${c}>`).join(", ")}: write prose in Markdown, figures as <Fig metric="…" />, charts as <Chart … />, comparisons as <Reporters metric="…" />, and Vietnamese words in an English story as <Vi>…</Vi>`;
const EXPRESSION = 'a story may not hold a {…} expression (only {/* comments */}): write the text itself, and figures as <Fig metric="…" />';
const CHARACTER_REFERENCE = "a story may not use HTML character references such as &#58; or &colon;: type the character itself";
const REFUSED: Record<string, string> = {
  mdxjsEsm: ESM_MESSAGE,
  image: 'a story may not hold images: show figures as charts, <Chart compare="…" /> or <Chart group="…" />',
  imageReference: 'a story may not hold images: show figures as charts, <Chart compare="…" /> or <Chart group="…" />',
  code: "a story may not hold code blocks: write prose",
  html: OTHER_TAGS,
};

/**
 * Checks a story's syntax tree against the allow-list of what a story may hold — Markdown prose, <Fig>, <Vi>,
 * the chart and claim components with literal attributes, links to http(s) pages or #anchors, and comments —
 * and gathers its figures, components, prose and comments. Nothing else can reach the build: no ESM, no
 * expression, no other element, no attribute the build would evaluate.
 */
export function storySyntax(tree: StoryNode, file: string, text: string): StorySyntax {
  const found: StorySyntax = { refs: [], tags: [], prose: [], comments: [], problems: [] };
  const say = (node: StoryNode, message: string): void => {
    found.problems.push({ file, ...start(node), message });
  };
  const visit = (node: StoryNode): void => {
    const refused = REFUSED[node.type];
    if (refused) return say(node, refused);
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      const value = node.value ?? "";
      if (!value.includes("/*") || value.replace(/\/\*[\s\S]*?\*\//g, "").trim() !== "") return say(node, EXPRESSION);
      found.comments.push({ text: value.replace(/^\s*\/\*|\*\/\s*$/g, "").trim(), ...start(node) });
      return;
    }
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") return element(node);
    if (!MARKDOWN.has(node.type)) return say(node, `a story may not hold this (${node.type}): write prose in Markdown, and figures as <Fig metric="…" />`);
    if (node.type === "text" || node.type === "inlineCode") {
      const source = node.position ? text.slice(node.position.start.offset, node.position.end.offset) : "";
      if (node.type === "text" && /&#|&[a-z]+;/i.test(source)) say(node, CHARACTER_REFERENCE);
      // `366` in a code span is published as much as 366 in a sentence.
      found.prose.push({ value: node.value ?? "", ...start(node), offset: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
    }
    if (node.type === "link" || node.type === "definition") {
      const problem = linkProblem(node.url ?? "");
      if (problem) say(node, problem);
    }
    node.children?.forEach(visit);
  };
  const element = (node: StoryNode): void => {
    const name = node.name ?? "";
    if (name !== "Fig" && name !== "Vi" && !COMPONENTS.has(name)) return say(node, OTHER_TAGS);
    const attrs = new Map<string, string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== "mdxJsxAttribute" || attr.name === undefined) {
        return say(node, `<${name} {…}> spreads attributes the build cannot check: write each one as name="value", e.g. ${form(name)}`);
      }
      if (attr.value !== null && typeof attr.value !== "string") {
        return say(node, `<${name} ${attr.name}={…}> cannot be checked: write its attributes as plain text in double quotes, e.g. ${form(name)}`);
      }
      attrs.set(attr.name, attr.value ?? "");
    }
    if (name === "Vi") {
      if (attrs.size) return say(node, "<Vi> takes no attributes: write <Vi>…</Vi> around the Vietnamese words");
      node.children?.forEach(visit);
      return;
    }
    if (node.children?.length) return say(node, `<${name}> holds no text: write ${form(name)}, closed by itself`);
    const read = name === "Fig" ? figureRef(attrs, start(node)) : storyTag(name as Component, attrs, start(node));
    if ("problem" in read) say(node, read.problem);
    else if ("ref" in read) found.refs.push(read.ref);
    else found.tags.push(read.tag);
  };
  visit(tree);
  return found;
}

const form = (name: string) => (name === "Fig" ? '<Fig metric="…" />' : name === "Vi" ? "<Vi>…</Vi>" : componentForm(name as Component));

const start = (node: StoryNode) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
