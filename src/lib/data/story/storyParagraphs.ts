import { lineIndex } from "../positions.ts";
import type { Problem } from "../Problem.ts";
import type { StoryNode } from "./parseStoryMdx.ts";

/** Stands for a <Fig> in a paragraph's text: one character, so words next to it are words next to the figure. */
export const FIG = "\uFFFC";
/** Stands for a computed claim (<Reporters>, <ReporterCount>, <ProvinceCount>) in a paragraph's text. */
export const CLAIM = "\uFFFD";

/** A <Fig> as a paragraph holds it: where it stands in the paragraph's text, and the province it cites, if another. */
export interface ParagraphFig {
  index: number;
  metric: string;
  province?: string;
}

/**
 * One block of a story's published text (a paragraph, heading, table cell) as a reader reads it: its words in
 * order across emphasis, links and <Vi>, each <Fig> as {@link FIG} and each computed claim as {@link CLAIM}, and
 * a way back from a place in that text to its line and column in the file. Rules about words next to a figure,
 * the sentence a figure stands in, or a phrase split by **bold** read this, not the text nodes one by one.
 */
export interface Paragraph {
  text: string;
  figs: ParagraphFig[];
  at(index: number): { line: number; column: number };
}

const CLAIMS = new Set(["Reporters", "ReporterCount", "ProvinceCount"]);
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * A story's paragraphs from its syntax tree, and the <Fig>s written inside a link (refused: a figure is itself a
 * link to its source, and a link inside a link is neither, for a reader or a screen reader).
 */
export function storyParagraphs(tree: StoryNode, file: string, source: string): { paragraphs: Paragraph[]; problems: Problem[] } {
  const position = lineIndex(source);
  const paragraphs: Paragraph[] = [];
  const problems: Problem[] = [];
  const block = (node: StoryNode): void => {
    let text = "";
    const figs: ParagraphFig[] = [];
    // Each piece of text with where it starts in the file; a place inside a piece maps to the same place in the file.
    const pieces: { from: number; offset: number; end: number }[] = [];
    const put = (value: string, node: StoryNode) => {
      pieces.push({ from: text.length, offset: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
      text += value;
    };
    const inline = (n: StoryNode, link: boolean): void => {
      if (n.type === "text" || n.type === "inlineCode") return put(n.value ?? "", n);
      if (n.type === "break") return put(" ", n);
      if (n.type === "mdxJsxTextElement" || n.type === "mdxJsxFlowElement") {
        if (n.name === "Fig") {
          const attr = (name: string) => n.attributes?.find((a) => a.name === name)?.value;
          const province = attr("province");
          figs.push({ index: text.length, metric: String(attr("metric") ?? ""), province: typeof province === "string" ? province : undefined });
          if (link) problems.push({ file, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1, message: '<Fig> inside a link: the figure is itself a link to its source, so put the link on other words, e.g. [the article](https://…) next to <Fig metric="…" />' });
          return put(FIG, n);
        }
        if (n.name && CLAIMS.has(n.name)) return put(CLAIM, n);
      }
      if (n.type === "mdxTextExpression" || n.type === "footnoteReference") return;
      const inLink = link || n.type === "link" || n.type === "linkReference";
      n.children?.forEach((c) => inline(c, inLink));
    };
    node.children?.forEach((c) => inline(c, false));
    if (node.type === "mdxJsxFlowElement") inline(node, false);
    if (!text.trim()) return;
    paragraphs.push({
      text,
      figs,
      at(index) {
        let piece = pieces[0]!;
        for (const p of pieces) if (p.from <= index) piece = p;
        // Within one text node a place is as far from its start in the file as in the text (escapes and smart
        // punctuation aside, which shift it by a character or two at most, and never past the node's end).
        return position(Math.min(piece.offset + (index - piece.from), Math.max(piece.offset, piece.end - 1)));
      },
    });
  };
  const walk = (node: StoryNode): void => {
    if (BLOCKS.has(node.type)) return block(node);
    if (node.type === "mdxJsxFlowElement" && node.name !== "Vi") return block({ ...node, children: [] });
    node.children?.forEach(walk);
  };
  walk(tree);
  return { paragraphs, problems };
}
