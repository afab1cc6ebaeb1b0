import { startsWithWords } from "./countedNoun.ts";
import { UNITS } from "./idWords.ts";

/** Where a list of units that starts with the counted noun ends in `head` ("xã, phường, thị trấn"), or the noun's end. */
export function unitListEnd(head: string, noun: string): number {
  const lower = head.toLowerCase();
  if (!UNITS.includes(noun.toLowerCase())) return noun.length;
  let end = noun.length;
  for (;;) {
    const link = /^\s*(?:,|và)\s*/u.exec(lower.slice(end));
    if (!link) return end;
    const rest = lower.slice(end + link[0].length);
    const unit = UNITS.filter((u) => startsWithWords(rest, u)).sort((a, b) => b.length - a.length)[0];
    if (!unit) return end;
    end += link[0].length + unit.length;
  }
}
