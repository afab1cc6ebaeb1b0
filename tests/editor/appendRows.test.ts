import { describe, expect, it } from "vitest";
import { appendRows } from "../../src/lib/extract/appendRows.ts";

const HEADER = "metric,value,qualifier,source,quote,note,note_en";
const row = (metric: string, value: string, quote: string) => ({ metric, value, qualifier: "exact", source: "x-1", quote, note: "", note_en: "" });

describe("appendRows writes extracted rows into a results file", () => {
  it("adds rows under the file's own header, without a second one", () => {
    const out = appendRows(`${HEADER}\n`, [row("models", "45", "45 mô hình"), row("TODO:nguon_tin", "12", "12 nguồn tin, bài")]);
    expect(out.text).toBe(`${HEADER}\nmodels,45,exact,x-1,45 mô hình,,\nTODO:nguon_tin,12,exact,x-1,"12 nguồn tin, bài",,\n`);
    expect(out.added).toHaveLength(2);
  });

  it("keeps the file's line endings, and ends a last line that had none", () => {
    expect(appendRows(`${HEADER}\r\nmodels,45,exact,x-1,45 mô hình,,`, [row("security_clusters", "3", "3 cụm an ninh")]).text).toBe(
      `${HEADER}\r\nmodels,45,exact,x-1,45 mô hình,,\r\nsecurity_clusters,3,exact,x-1,3 cụm an ninh,,\r\n`,
    );
  });

  it("follows the file's column order, and leaves out columns it does not have", () => {
    expect(appendRows("source,metric,value,qualifier,quote\n", [row("models", "45", "45 mô hình")]).text).toBe("source,metric,value,qualifier,quote\nx-1,models,45,exact,45 mô hình\n");
  });

  it("does not add a row that is already there, even after the editor decided its metric", () => {
    const file = `${HEADER}\nmodels,45,exact,x-1,45 mô hình,,\nnguon_tin,12,exact,x-1,12 nguồn tin,Tin báo.,Tips.\n`;
    const out = appendRows(file, [row("models", "45", "45 mô hình"), row("TODO:nguon_tin", "12", "12 nguồn tin"), row("models", "45", "45 mô hình")]);
    expect(out.text).toBe(file);
    expect(out.added).toEqual([]);
    expect(out.present).toHaveLength(3);
  });
});
