import { describe, expect, it } from "vitest";
import { breaksSyntax, readKeywords, writeKeywords } from "../../scripts/desk/ui/keywordSyntax.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { readMetrics } from "../../src/lib/data/validateProject.ts";
import { ROOT } from "../helpers/project.ts";

describe("the keyword rows of a new metric", () => {
  it("read a keywords_vi cell into phrases and the words needed nearby, and write it back", () => {
    expect(readKeywords("mô hình triển khai|trường hợp@môi trường")).toEqual([{ words: "mô hình triển khai", near: "" }, { words: "trường hợp", near: "môi trường" }]);
    expect(readKeywords("")).toEqual([]);
    expect(writeKeywords([{ words: " tổ hòa giải ", near: "" }, { words: "", near: "cơ sở" }, { words: "vụ", near: "ma túy" }])).toBe("tổ hòa giải|vụ@ma túy");
  });

  it("give back every keywords_vi cell of the dictionary as it is written", () => {
    const { metrics } = readMetrics(readProjectFiles(ROOT).metrics);
    const cells = metrics.map((m) => m.keywords_vi).filter(Boolean);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(writeKeywords(readKeywords(cell))).toBe(cell);
  });

  it("refuse the syntax's own characters in a box", () => {
    expect(breaksSyntax("giao nộp|thu hồi")).toBe(true);
    expect(breaksSyntax("a@b")).toBe(true);
    expect(breaksSyntax("giao nộp")).toBe(false);
  });
});
