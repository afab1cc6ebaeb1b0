import ts from "typescript";
import { parseDocument, isScalar } from "yaml";
import type { ProjectFiles, TextFile } from "../../../src/lib/data/model.ts";
import { blank } from "./words.ts";
import type { Lang } from "./speller.ts";

/** A stretch of a file readers see, in one language: `text` is the whole file (perhaps with markup blanked). */
export interface Segment {
  file: string;
  text: string;
  from: number;
  to: number;
  lang: Lang;
}

/** The columns of each editor's table that readers see, and their language. */
const CSV_COLUMNS: Record<string, Record<string, Lang>> = {
  metrics: { label_vi: "vi", definition_vi: "vi", label_en: "en", definition_en: "en" },
  notes: { note: "vi", note_en: "en" },
};

/** Where a raw CSV cell starting at `start` ends: after its closing quote, or at the next comma or line end. */
function cellEnd(text: string, start: number): number {
  if (text[start] !== '"') return text.slice(start).search(/[,\n]|$/) + start;
  for (let i = start + 1; i < text.length; i++) if (text[i] === '"') { if (text[i + 1] === '"') i++; else return i + 1; }
  return text.length;
}

/** Offsets of the start of each line of a text. */
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];

/** The reader-facing cells of a CSV file (`kind` names its columns), each a segment of the raw file. */
export function csvSegments(file: TextFile, kind: keyof typeof CSV_COLUMNS): Segment[] {
  const text = file.text.replace(/\r\n?/g, "\n");
  const starts = lineStarts(text);
  const lines = text.split("\n");
  const header = lines[0]!.split(",");
  const wanted = CSV_COLUMNS[kind]!;
  const out: Segment[] = [];
  let at = starts[1] ?? text.length;
  while (at < text.length) {
    let column = 0;
    for (;;) {
      const end = cellEnd(text, at);
      const lang = wanted[header[column] ?? ""];
      // Inside a quoted cell's own quotes: what is left in straight quotes is the editor's ("…" written "").
      const quoted = text[at] === '"' ? 1 : 0;
      if (lang) out.push({ file: file.path, text, from: at + quoted, to: end - quoted, lang });
      column++;
      if (text[end] !== ",") { at = end + 1; break; }
      at = end + 1;
    }
  }
  return out;
}

/** A story's frontmatter text and where it starts in the file, and where its body starts. */
function frontmatter(text: string): { yaml: string; yamlAt: number; bodyAt: number } | undefined {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return m ? { yaml: m[1]!, yamlAt: 4, bodyAt: m[0].length } : undefined;
}

/**
 * What readers see of a story: its frontmatter `summary` and `event.title`, and its prose with tags (and their
 * attributes), `{/* comments *\/}` and link targets blanked; in an English story `<Vi>…</Vi>` is Vietnamese.
 */
export function storySegments(file: TextFile, lang: Lang): Segment[] {
  const text = file.text.replace(/\r\n?/g, "\n");
  const fm = frontmatter(text);
  if (!fm) return [{ file: file.path, text, from: 0, to: text.length, lang }];
  const out: Segment[] = [];
  const doc = parseDocument(fm.yaml);
  for (const path of [["summary"], ["event", "title"]]) {
    const node = doc.getIn(path, true);
    if (isScalar(node) && node.range) out.push({ file: file.path, text, from: fm.yamlAt + node.range[0], to: fm.yamlAt + node.range[1], lang });
  }
  let body = text;
  for (const m of text.matchAll(/\{\/\*[\s\S]*?\*\/\}/g)) body = blank(body, m.index, m.index + m[0].length);
  const vi: [number, number][] = [];
  for (const m of body.matchAll(/<Vi>([\s\S]*?)<\/Vi>/g)) vi.push([m.index + 4, m.index + 4 + m[1]!.length]);
  for (const m of body.matchAll(/<[^>]*>/g)) body = blank(body, m.index, m.index + m[0].length);
  for (const m of body.matchAll(/\]\([^)]*\)/g)) body = blank(body, m.index + 1, m.index + m[0].length);
  let prose = body;
  for (const [a, b] of vi) {
    out.push({ file: file.path, text: body, from: a, to: b, lang: "vi" });
    prose = blank(prose, a, b);
  }
  out.push({ file: file.path, text: prose, from: fm.bodyAt, to: text.length, lang });
  return out;
}

/** Literal text the dictionaries never show: import paths, call arguments ("en-GB", ", "), comparisons, link targets. */
function shown(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return false;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(node as ts.Expression) && ts.isStringLiteral(node)) return false;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return false;
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) return false;
  if (ts.isPropertyAssignment(parent) && (parent.name === node || (ts.isIdentifier(parent.name) && parent.name.text === "to"))) return false;
  return true;
}

/** Fields of a dictionary written in the other edition's language: the language switch ("English" in vi.ts). */
const OTHER_LANGUAGE = new Set(["switchLabel", "switchTitle"]);

/** The name of the property a node is the value of, however deep in it (undefined outside any). */
function propertyOf(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name)) return n.name.text;
  return undefined;
}

/** Every string and template text of a dictionary module (src/i18n/vi.ts, en.ts) that readers may see, without its delimiters. */
export function dictionarySegments(file: TextFile, lang: Lang): Segment[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  // Escapes ("\n", "\u00a0") are not letters of a word.
  const text = file.text.replace(/\\u\{?[0-9a-fA-F]+\}?|\\./g, (e) => " ".repeat(e.length));
  const out: Segment[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const owner = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent ?? node.parent : node;
      if (shown(ts.isTemplateHead(node) ? node.parent : ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent : owner)) {
        const other = OTHER_LANGUAGE.has(propertyOf(node) ?? "");
        // Delimiters: "…", `…`, `…${, }…${, }…`.
        const open = 1;
        const close = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1;
        out.push({ file: file.path, text, from: node.getStart(source) + open, to: node.end - close, lang: other ? (lang === "vi" ? "en" : "vi") : lang });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every reader-facing text of the project: dictionaries, stories in both editions, the tables' labels and notes. */
export function projectSegments(files: ProjectFiles, dictionaries: readonly TextFile[]): Segment[] {
  return [
    ...dictionaries.flatMap((f) => dictionarySegments(f, f.path.endsWith("en.ts") ? "en" : "vi")),
    ...files.stories.flatMap((f) => storySegments(f, "vi")),
    ...files.translations.flatMap((f) => storySegments(f, "en")),
    ...csvSegments(files.metrics, "metrics"),
    ...csvSegments(files.sources, "notes"),
    ...files.results.flatMap((f) => csvSegments(f, "notes")),
  ];
}
