import { describe, expect, it } from "vitest";
import { lookalikeKey } from "../../src/lib/data/validate/hiddenCharacters.ts";
import { EXPLAINED_BEFORE_EVENT, EXPLAINED_BEFORE_EVENT_EN, NAME_CASES } from "../fixtures/nameCases.ts";
import { edit, problemsOf, realFiles } from "../helpers/project.ts";

describe("names and dates readers rely on", () => {
  it.each(NAME_CASES.map((c) => [c.name, c] as const))("refuses %s where it stands, saying what to write", (_, c) => {
    const found = problemsOf(edit(realFiles(), c.file, c.from, c.to));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${c.file}:${c.line}:${c.column} `))]);
    expect(found[0]).toMatch(c.says);
  });

  it("gives a Cyrillic а, a missing diacritic and the real name one lookalike form", () => {
    expect(new Set(["Hà Nam", "Hà N\u0430m", "Ha Nam", "HÀ NAM"].map(lookalikeKey))).toEqual(new Set(["ha nam"]));
    expect(lookalikeKey("Hà Tĩnh")).not.toBe(lookalikeKey("Hà Nam"));
  });

  it("accepts a source published before its event when its notes start by saying so", () => {
    const files = edit(realFiles(), EXPLAINED_BEFORE_EVENT.file, EXPLAINED_BEFORE_EVENT.from, EXPLAINED_BEFORE_EVENT.to);
    expect(problemsOf(files)).toEqual([expect.stringMatching(/published 2023-05-20 comes before/)]);
    edit(files, "data/sources.csv", EXPLAINED_BEFORE_EVENT_EN.from, EXPLAINED_BEFORE_EVENT_EN.to);
    expect(problemsOf(files)).toEqual([]);
  });

  it("compares dates only as far as both are known", () => {
    // 2023-05 (a month) and 2023-05-24 (a day): the same month, so not before; no year: not compared.
    for (const published of ["2023-05", "2023", "--05-01"]) {
      expect(problemsOf(edit(realFiles(), "data/sources.csv", ",2023-06,2023-05-24,", `,${published},2023-05-24,`))).toEqual([]);
    }
  });
});
