import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";

describe("parseCsv", () => {
  it("gives every cell its line and column, across quoted cells with commas and line breaks", () => {
    const t = parseCsv('a,b,c\n1,"x, y",3\n"multi\nline",5,6\n', "f.csv");
    expect(t.header.map((c) => c.text)).toEqual(["a", "b", "c"]);
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.line, c.column]))).toEqual([
      [["1", 2, 1], ["x, y", 2, 3], ["3", 2, 10]],
      [["multi\nline", 3, 1], ["5", 4, 7], ["6", 4, 9]],
    ]);
    expect(t.problems).toEqual([]);
  });

  it("reads CRLF files and a byte-order mark without changing any value", () => {
    const t = parseCsv("\uFEFFmetric,value\r\nmodels,83\r\n", "f.csv");
    expect(t.header[0]).toEqual({ text: "metric", line: 1, column: 1 });
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(["models", "83"]);
    expect(t.rows[0]!.line).toBe(2);
  });

  it("passes over empty lines but keeps the line numbers of the rows after them", () => {
    const t = parseCsv("a,b\n\n1,2\n\n", "f.csv");
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.line).toBe(3);
  });

  it("reports a quote that is never closed, at the quote", () => {
    const t = parseCsv('a,b\n1,"open\n', "data/x.csv");
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ file: "data/x.csv", line: 2, column: 3 });
    expect(t.problems[0]!.message).toMatch(/never closed/);
  });
});
