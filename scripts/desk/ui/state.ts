// The page's shared state: the words, the dictionary, the draft in progress and what the editor points at,
// and the one place the draft is kept (localStorage), so every module reads and keeps the same draft.
import type { Card, MetricInfo } from "./cards.ts";
import type { Choices } from "./newMetric.ts";
import { readWords } from "./dom.ts";
import type { Selected } from "./selection.ts";
import type { StoryDrafts } from "./storyEditor.ts";

/** The decision in progress for one province: its source, article, cards, new metrics and story fields. */
export interface Draft {
  slug: string;
  name: string;
  isNew: boolean;
  base: Record<string, string | null>;
  source: Record<string, string>;
  raw: string;
  /** The article as the server normalised it, once figures were proposed. */
  text: string;
  cards: Card[];
  metrics: Record<string, Record<string, string>>;
  story: Record<string, string>;
  saved: boolean;
  /** Both stories as the story editor holds them, once the province has them on disk. */
  stories?: StoryDrafts;
}

/** What every module of the page shares: set by the module that changes it, read by the others. */
export const desk: {
  words: ReturnType<typeof readWords>;
  metrics: MetricInfo[];
  /** A new metric's closed columns and their labels, from the dictionary's schema (/api/state). */
  choices: Choices;
  draft: Draft | undefined;
  /** The card the editor works on, outlined in the article. */
  active: number | undefined;
  /** The words last selected in the article, until a card's button uses them. */
  selection: Selected | undefined;
} = { words: readWords(), metrics: [], choices: { group: [], award_level: [], recipient: [], comparable: [], unit: [] }, draft: undefined, active: undefined, selection: undefined };

/** The localStorage key of a province's draft. */
export const storeKey = (slug: string): string => `desk:${slug}`;
/** The localStorage key of the province open last, so a reload opens it again with its draft. */
export const lastKey = "desk:open";

/** Keeps the decision in progress, so a closed tab or a crash loses at most the last change. */
export function keep(): void {
  if (desk.draft) localStorage.setItem(storeKey(desk.draft.slug), JSON.stringify(desk.draft));
}

/** The draft kept for a province, if any. */
export function keptDraft(slug: string): Draft | undefined {
  const stored = localStorage.getItem(storeKey(slug));
  return stored ? (JSON.parse(stored) as Draft) : undefined;
}

/** Writes a message on the page's status line (read out by screen readers). */
export function status(message: string): void {
  document.getElementById("status")!.textContent = message;
}
