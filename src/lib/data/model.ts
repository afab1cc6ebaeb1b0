import type { Qualifier } from "../text/qualifiers.ts";
import type { Correction, Edition, Metric, Source } from "./schemas.ts";
import type { ProvinceFrontmatter, StoryTranslation } from "./storySchemas.ts";

export type { Correction, Edition, Metric, Source, StoryTranslation, Qualifier };

/** One figure a source reported for a province: a validated row of `data/results/<slug>.csv`. */
export interface Result {
  province: string;
  metric: string;
  /** The number as stated; null when the source only says the thing exists (`unquantified`). */
  value: number | null;
  qualifier: Qualifier;
  source: string;
  quote: string;
  note: string;
  /** The note in English; empty when `note` is. */
  note_en: string;
  /** Where the row is, for provenance and error messages. */
  file: string;
  line: number;
  /**
   * Where its cells start (1-based line and column), so a message about the value, the quote or the source
   * points at that cell, not at the row's first column. Absent in rows made in code (tests, the extractor).
   */
  cells?: Readonly<Record<"value" | "quote" | "source", { line: number; column: number }>>;
}

/** A province as its story's frontmatter describes it, with the English edition's words for it. */
export type Province = ProvinceFrontmatter & { en: StoryTranslation };

/** Everything editors wrote, validated and typed. */
export interface Dataset {
  metrics: Metric[];
  sources: Source[];
  provinces: Province[];
  results: Result[];
  /** Published changes to figures, oldest first, as in data/corrections.csv. */
  corrections: Correction[];
  /** When the site was first published and last updated (data/edition.csv), for citations. */
  edition: Edition;
}

/** An editor's file as text, with its path relative to the project root. */
export interface TextFile {
  path: string;
  text: string;
}

/** The editor's files of a project, as text. */
export interface ProjectFiles {
  metrics: TextFile;
  sources: TextFile;
  results: TextFile[];
  stories: TextFile[];
  /** The English editions of the stories (content/en/provinces/<slug>.mdx). */
  translations: TextFile[];
  /** data/corrections.csv, when the project has one. */
  corrections?: TextFile;
  /** data/edition.csv. */
  edition: TextFile;
}
