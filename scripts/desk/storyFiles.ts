import { parseDocument, type Document } from "yaml";
import { provinceTemplate } from "../../src/lib/editor/provinceTemplate.ts";
import type { StoryDecision } from "./decision.ts";

/** The frontmatter of a story's text, and where its body starts. */
function split(text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new Error("the template has no frontmatter");
  return { yaml: m[1]!, body: text.slice(m[0].length) };
}

/** A number when the field holds one (YAML would otherwise write "12.5" as a quoted string), else the text, so check names it. */
const numberOr = (s: string): number | string => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : s);
/** The items of a comma-separated field. */
const list = (s: string): string[] => s.split(",").map((x) => x.trim()).filter(Boolean);

/** Sets a field, keeping the template's comments and layout around it. */
function set(doc: Document, path: string[], value: unknown): void {
  doc.setIn(path, Array.isArray(value) ? doc.createNode(value, { flow: true }) : value);
}

/** The body a new story's editor starts from: the template's, with its notes on how to write. */
export function templateBodies(name: string, slug: string): { body: string; body_en: string } {
  const files = provinceTemplate(name, slug);
  return { body: split(files.story).body, body_en: split(files.translation).body };
}

/**
 * A new province's story and its English edition: the project's template (provinceTemplate) with each
 * placeholder replaced by what the editor wrote in the desk. An empty field stays empty, so check names it.
 * The event's date is the article's (`source.event_date`): the desk asks it once, in the article's step.
 */
export function fillStory(name: string, slug: string, source: { id: string; event_date: string }, story: StoryDecision): { story: string; translation: string } {
  const files = provinceTemplate(name, slug);
  const vi = split(files.story);
  const doc = parseDocument(vi.yaml);
  set(doc, ["region"], story.region);
  set(doc, ["capital"], story.capital);
  set(doc, ["coordinates", "lat"], numberOr(story.lat));
  set(doc, ["coordinates", "lon"], numberOr(story.lon));
  set(doc, ["event", "kind"], story.kind);
  set(doc, ["event", "title"], story.title);
  set(doc, ["event", "date"], source.event_date);
  set(doc, ["headline"], story.headline);
  set(doc, ["summary"], story.summary);
  set(doc, ["sources"], [source.id]);
  set(doc, ["highlights"], list(story.highlights));
  set(doc, ["after_2025", "province"], story.after_province);
  set(doc, ["after_2025", "merged_with"], list(story.merged_with));
  const en = split(files.translation);
  const docEn = parseDocument(en.yaml);
  set(docEn, ["region"], story.region_en);
  set(docEn, ["event", "title"], story.title_en);
  set(docEn, ["headline"], story.headline_en);
  set(docEn, ["summary"], story.summary_en);
  const body = (text: string) => `${text.replace(/\r\n?/g, "\n").replace(/\s+$/, "")}\n`;
  return {
    story: `---\n${doc.toString()}---\n${body(story.body)}`,
    translation: `---\n${docEn.toString()}---\n${body(story.body_en)}`,
  };
}

/**
 * An existing story with one more source id in its frontmatter's `sources` list; every other byte stays as the
 * editor wrote it (the list's own text is replaced in place). Undefined when the frontmatter has no list to extend.
 */
export function addStorySource(text: string, sourceId: string): string | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return undefined;
  const doc = parseDocument(m[1]!, { keepSourceTokens: true });
  const node = doc.get("sources", true) as { items?: { value?: unknown }[]; range?: [number, number, number] } | undefined;
  if (!node?.items || !node.range) return undefined;
  const ids = node.items.map((item) => String((item as { value?: unknown }).value ?? item));
  if (ids.includes(sourceId)) return text;
  const start = m[0].indexOf(m[1]!) + node.range[0];
  const end = m[0].indexOf(m[1]!) + node.range[1];
  return `${text.slice(0, start)}[${[...ids, sourceId].join(", ")}]${text.slice(end)}`;
}
