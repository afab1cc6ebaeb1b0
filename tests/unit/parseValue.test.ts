import { describe, expect, it } from "vitest";
import { parseValue } from "../../src/lib/data/parseValue.ts";

describe("parseValue", () => {
  it.each([
    ["83", 83],
    ["114924", 114924],
    ["2.5", 2.5],
    ["0", 0],
    ["", null],
  ])("reads %j as %j", (text, value) => {
    expect(parseValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["-5", /negative/],
    ["2,2", /decimal comma: write 2\.2/],
    ["1,078", /write 1078 if the commas separate thousands, or 1\.078/],
    ["1 078", /thousands separators: write 1078/],
    ["95%", /% sign: write 95/],
    [">366", /qualifier column/],
    ["~3300", /qualifier column/],
    [" 83", /spaces/],
    ["nhiều", /not a number/],
    ["１２", /not a number/],
  ])("refuses %j and says what to write", (text, message) => {
    const parsed = parseValue(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
