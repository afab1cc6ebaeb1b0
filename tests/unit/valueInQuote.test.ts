import { describe, expect, it } from "vitest";
import { qualifierBefore, spellings, valueOffsets } from "../../src/lib/data/valueInQuote.ts";

describe("valueInQuote", () => {
  it("spells numbers as Vietnamese articles write them", () => {
    expect(spellings(114924)).toContain("114.924");
    expect(spellings(2.2)).toContain("2,2");
    expect(spellings(83)).toEqual(["83"]);
  });

  it("finds a number only where it stands whole", () => {
    expect(valueOffsets("hơn 114.924 lượt người", 114924)).toEqual([4]);
    expect(valueOffsets("1.114.924 lượt", 114924)).toEqual([]);
    expect(valueOffsets("24,5 kg", 24)).toEqual([]);
    expect(valueOffsets("trên 95% khu dân cư", 95)).toEqual([5]);
    expect(valueOffsets("20 tập thể, 23 cá nhân", 23)).toEqual([12]);
  });

  it("reads the qualifier from the word right before the number", () => {
    expect(qualifierBefore("tổ chức trên 366", 13)).toBe("over");
    expect(qualifierBefore("hơn 114.924", 4)).toBe("over");
    expect(qualifierBefore("gần 3.300", 4)).toBe("nearly");
    expect(qualifierBefore("khoảng 50", 7)).toBe("about");
    expect(qualifierBefore("xấp xỉ 50", 7)).toBe("about");
    expect(qualifierBefore("trên địa bàn có 28", 16)).toBe("exact");
  });
});
