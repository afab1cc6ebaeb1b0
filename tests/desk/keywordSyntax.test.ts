import { describe, expect, it } from "vitest";
import { breaksSyntax, linesOf, readKeywords, writeKeywords } from "../../scripts/desk/ui/keywordSyntax.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { readMetrics } from "../../src/lib/data/validateProject.ts";
import { ROOT } from "../helpers/project.ts";

describe("the keyword rows of a new metric", () => {
  it("read a keywords_vi cell into phrases and the words needed nearby, and write it back", () => {
    expect(readKeywords("mô hình triển khai|trường hợp@môi trường")).toEqual([
      { words: "mô hình triển khai", near: [], notNear: [] },
      { words: "trường hợp", near: ["môi trường"], notNear: [] },
    ]);
    expect(readKeywords("")).toEqual([]);
    expect(writeKeywords([{ words: " tổ hòa giải ", near: [], notNear: [] }, { words: "", near: ["cơ sở"], notNear: [] }, { words: "vụ", near: ["ma túy", " "], notNear: [] }])).toBe("tổ hòa giải|vụ@ma túy");
  });

  it("read several conditions of a phrase, needed and not allowed, so no box shows the syntax", () => {
    expect(readKeywords("mô hình@!toàn huyện@!toàn xã|lượt người@phát động@ra quân")).toEqual([
      { words: "mô hình", near: [], notNear: ["toàn huyện", "toàn xã"] },
      { words: "lượt người", near: ["phát động", "ra quân"], notNear: [] },
    ]);
    expect(writeKeywords([{ words: "mô hình", near: ["tự quản"], notNear: ["toàn huyện"] }])).toBe("mô hình@tự quản@!toàn huyện");
    expect(linesOf(" toàn huyện \n\n toàn xã")).toEqual(["toàn huyện", "toàn xã"]);
  });

  it("give back every keywords_vi cell of the dictionary as it is written", () => {
    const { metrics } = readMetrics(readProjectFiles(ROOT).metrics);
    const cells = metrics.map((m) => m.keywords_vi).filter(Boolean);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(writeKeywords(readKeywords(cell))).toBe(cell);
    // No box of any row holds the syntax's own characters.
    for (const row of cells.flatMap(readKeywords)) expect([row.words, ...row.near, ...row.notNear].filter(breaksSyntax)).toEqual([]);
  });

  it("refuse the syntax's own characters in a box", () => {
    expect(breaksSyntax("giao nộp|thu hồi")).toBe(true);
    expect(breaksSyntax("a@b")).toBe(true);
    expect(breaksSyntax("giao nộp")).toBe(false);
  });
});
