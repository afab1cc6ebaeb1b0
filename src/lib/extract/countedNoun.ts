import { COUNTED_NOUNS, NOT_COUNTED } from "./countedNouns.ts";

/**
 * The counted noun that starts `after` (the words right after a number, any case), longest first, or undefined:
 * "615 tổ, nhóm tự quản" counts "tổ, nhóm"; "hai đơn vị" counts nothing ("đơn vị" is no "đơn").
 */
export function countedNoun(after: string, extra: readonly string[] = []): string | undefined {
  const head = after.trimStart().toLowerCase();
  if (NOT_COUNTED.some((w) => startsWithWords(head, w) && !extra.some((e) => e.length >= w.length && startsWithWords(head, e)))) return undefined;
  return [...COUNTED_NOUNS, ...extra].filter((n) => startsWithWords(head, n)).sort((a, b) => b.length - a.length)[0];
}

/** Whether `text` starts with `phrase` as whole words ("tổ hòa giải" starts "tổ hòa giải và…", not "tổng"). */
export function startsWithWords(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(text[phrase.length] ?? "");
}
