import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../src/i18n/glossary.ts";
import { DICTIONARIES } from "../helpers/spelling/project.ts";
import { projectSegments } from "../helpers/spelling/texts.ts";
import { realFiles, ROOT } from "../helpers/project.ts";

/** Every English text readers see (dictionary, stories, labels, definitions, notes), with where it is. */
function englishTexts(files = realFiles()) {
  const dictionaries = DICTIONARIES.map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }));
  return projectSegments(files, dictionaries)
    .filter((s) => s.lang === "en")
    .map((s) => ({ file: s.file, text: s.text.slice(s.from, s.to) }));
}

describe("the English edition's glossary", () => {
  it("gives one English term per Vietnamese term, and the English texts use none of the wordings it replaces", () => {
    expect(new Set(GLOSSARY.map((g) => g.vi)).size).toBe(GLOSSARY.length);
    const texts = englishTexts();
    expect(texts.length).toBeGreaterThan(50);
    const found = GLOSSARY.flatMap((g) =>
      g.avoid.flatMap((a) => texts.filter((t) => new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(t.text)).map((t) => `${t.file}: “${a}” (write “${g.en}”)`)),
    );
    expect(found).toEqual([]);
  });

  it("catches a replaced wording planted in an English story", () => {
    const files = realFiles();
    const story = files.translations.find((f) => f.path.endsWith("ha-tinh.mdx"))!;
    story.text += "\nThe launches drew many participant-turns.\n";
    expect(englishTexts(files).some((t) => /participant-turns/.test(t.text))).toBe(true);
  });
});
