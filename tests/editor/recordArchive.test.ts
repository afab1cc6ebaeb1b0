import { describe, expect, it } from "vitest";
import { recordArchive } from "../../src/lib/extract/recordArchive.ts";

const HEADER = "id,province,outlet,title,published,event_date,author,url,archive,note,note_en";

describe("recordArchive writes the archived copy's name into data/sources.csv", () => {
  it("fills an empty archive cell and changes nothing else", () => {
    const text = `${HEADER}\r\na-1,a,Báo A,"Tiêu đề, có dấu phẩy",2023-06,,,,,"Ghi chú",Note\r\nb-1,b,,,,,,,,,\r\n`;
    const out = recordArchive(text, "b-1", "b-1.txt");
    expect(out).toEqual({ kind: "written", text: text.replace("b-1,b,,,,,,,,,", "b-1,b,,,,,,,b-1.txt,,") });
    expect(recordArchive(text, "a-1", "a-1.txt")).toEqual({ kind: "written", text: text.replace(",2023-06,,,,,", ",2023-06,,,,a-1.txt,") });
  });

  it("writes inside a quoted empty cell, and after a byte-order mark", () => {
    const text = `\uFEFF${HEADER}\na-1,a,,,,,,,"",,\n`;
    expect(recordArchive(text, "a-1", "a-1.txt")).toEqual({ kind: "written", text: text.replace('""', '"a-1.txt"') });
  });

  it("leaves a cell that names a file alone, and says which", () => {
    const text = `${HEADER}\na-1,a,,,,,,,000_abc.txt,,\n`;
    expect(recordArchive(text, "a-1", "a-1.txt")).toEqual({ kind: "different", name: "000_abc.txt" });
    expect(recordArchive(text.replace("000_abc.txt", "a-1.txt"), "a-1", "a-1.txt")).toEqual({ kind: "already" });
  });

  it("says when the source has no row yet, with the file's columns, or the file no archive column", () => {
    expect(recordArchive(`${HEADER}\n`, "a-1", "a-1.txt")).toEqual({ kind: "no-row", columns: HEADER.split(",") });
    expect(recordArchive("id,province,outlet,title,published,event_date,author,url\na-1,a,,,,,,\n", "a-1", "a-1.txt")).toEqual({ kind: "no-column" });
  });
});
