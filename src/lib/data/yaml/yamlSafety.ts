import { isAlias, isNode, visit, type Document } from "yaml";

/** Something in a YAML document the project refuses, with its offset in the YAML text and what to write instead. */
export interface YamlHazard {
  offset: number;
  message: string;
}

/**
 * Tags and anchors/aliases in a parsed YAML document, which frontmatter never needs and which are how YAML is
 * abused: a `!!js/function` or custom tag (the build's MDX compiler reads the frontmatter again with js-yaml, which
 * throws on tags the project's reader only warns about) and an alias bomb (a few lines that expand to millions of
 * values). Refusing them all keeps what check reads, what the build stores and what the compiler sees the same
 * plain data. Nothing is expanded: the walk visits each written node once, so its cost is the size of the text.
 */
export function yamlHazards(doc: Document.Parsed, yaml: string): YamlHazard[] {
  const found: YamlHazard[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push({ offset: node.range?.[0] ?? 0, message: `"*${node.source}" repeats another value by its alias: write the value itself (frontmatter takes no anchors or aliases)` });
    },
    Node(_, node) {
      if (isAlias(node) || !isNode(node)) return;
      const start = node.range?.[0] ?? 0;
      if (node.anchor) {
        const at = yaml.lastIndexOf(`&${node.anchor}`, start);
        found.push({ offset: at < 0 ? start : at, message: `"&${node.anchor}" names a value for aliases: delete it and write each value where it is used (frontmatter takes no anchors or aliases)` });
      }
      const tag = node.tag ? writtenTag(yaml, start) : undefined;
      if (tag) {
        const { at, written } = tag;
        found.push({ offset: at, message: `the tag ${written} asks YAML to make a special value: delete it and write the value as plain text (quote it if it must stay text, e.g. "09")` });
      }
    },
  });
  return found;
}

// Where a node's tag was written, and how: the parser also gives tags it resolved itself, which were never
// written, so a tag counts only when a "!…" stands right before the node (spaces and line breaks between).
function writtenTag(yaml: string, start: number): { at: number; written: string } | undefined {
  const before = yaml.slice(Math.max(0, start - 200), start);
  const m = /(?<!\S)!\S*\s*$/.exec(before);
  return m ? { at: start - before.length + m.index, written: m[0].trim() } : undefined;
}
