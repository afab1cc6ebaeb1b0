import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../scripts/desk/words/en.ts";
import { vi } from "../../scripts/desk/words/vi.ts";
import { ROOT } from "../helpers/project.ts";

/** The words the desk's server names for the page to say (`word: "…"` in an answer, the 4th argument of savePlan's `at`). */
function namedWords(): string[] {
  const found = new Set<string>();
  for (const file of ["api.ts", "server.ts", "savePlan.ts", "stories.ts"]) {
    const text = readFileSync(join(ROOT, "scripts/desk", file), "utf8");
    for (const m of text.matchAll(/\bword: "(\w+)"/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bat\([^;]*?, "([\w:]+|row:\$\{i\}:quote)"\s*\)?,?\s*"(\w+)"/g)) found.add(m[2]!);
  }
  return [...found].sort();
}

describe("the desk's words for what its server refuses", () => {
  it("exist in both languages for every word the server names", () => {
    const named = namedWords();
    expect(named.length).toBeGreaterThanOrEqual(15);
    for (const words of [vi, en]) expect(named.filter((w) => !(w in words))).toEqual([]);
  });
});
