import type { Problem } from "../Problem.ts";
import { handClaims } from "./handClaims.ts";
import { CLAIM, FIG, type Paragraph } from "./storyParagraphs.ts";

/** A story as the project-wide text rules need it: its file, slug, paragraphs and frontmatter texts with their places. */
export interface ClaimStory {
  file: { path: string };
  slug: string;
  paragraphs: readonly Paragraph[];
  /** Frontmatter texts published as prose (summary, event.title), where each field was written. */
  fields: readonly { text: string; at(index: number): { line: number; column: number } }[];
}

/**
 * The story rules that need the whole project: comparisons written by hand (in its prose and in its summary and
 * event title) given every province's name, and another province's <Fig province="…"> standing in a sentence
 * that names that province (or holds a computed claim, which names it), so a reader knows whose figure it is.
 */
export function storyClaims(story: ClaimStory, nameOf: ReadonlyMap<string, string>): Problem[] {
  const file = story.file.path;
  const names = [...nameOf.values()];
  const problems: Problem[] = [];
  for (const p of story.paragraphs) {
    problems.push(...handClaims(p.text, p.at, file, names));
    for (const fig of p.figs) {
      if (!fig.province || fig.province === story.slug) continue;
      const name = nameOf.get(fig.province);
      if (!name) continue; // a slug that names no story is reported by checkRefs
      const sentence = sentenceAt(p.text, fig.index).toLocaleLowerCase("vi");
      if (sentence.includes(name.normalize("NFC").toLocaleLowerCase("vi")) || sentence.includes(CLAIM)) continue;
      problems.push({
        file,
        ...p.at(fig.index),
        message: `<Fig metric="${fig.metric}" province="${fig.province}" /> is ${name}'s figure, but its sentence does not name ${name}: write "${name}" in the same sentence, so a reader knows whose figure it is`,
      });
    }
  }
  for (const field of story.fields) problems.push(...handClaims(field.text, field.at, file, names));
  return problems;
}

/** The sentence of a paragraph's text around an index: from after the last full stop before it to the next one. */
function sentenceAt(text: string, index: number): string {
  const end = /[.!?](?=\s|$)/g;
  let start = 0;
  for (const m of text.matchAll(end)) {
    if (m.index < index) start = m.index + 1;
    else return text.slice(start, m.index + 1).replaceAll(FIG, " ");
  }
  return text.slice(start).replaceAll(FIG, " ");
}
