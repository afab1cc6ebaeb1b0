import type { Dictionary } from "./dictionary.ts";
import { en } from "./en.ts";
import type { Lang } from "./lang.ts";
import { vi } from "./vi.ts";

/** The interface words of one language (the shared dictionary type). */
export type UiWords = Dictionary;

/** Every word of the site, by language: one dictionary file per language (vi.ts, en.ts) filling in dictionary.ts. */
export const UI: Record<Lang, Dictionary> = { vi, en };
