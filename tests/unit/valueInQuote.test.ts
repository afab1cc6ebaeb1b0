import { describe, expect, it } from "vitest";
import { boundOf } from "../../src/lib/text/bounds.ts";
import { spellings, valueMatches, valueOffsets } from "../../src/lib/text/valueInQuote.ts";

/** The qualifier the words around the first number of a text give it ("exact" when none). */
const qualifierOf = (text: string) => {
  const m = /\d[\d.,]*/.exec(text)!;
  const bound = boundOf(text, m.index, m.index + m[0].length);
  return "qualifier" in bound ? bound.qualifier : "refused";
};

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
    // "2 nghìn" is two thousand, not two.
    expect(valueOffsets("2 nghìn vụ", 2)).toEqual([]);
  });

  it("finds a value written in words, and the unit after it", () => {
    expect(valueMatches("làm rõ hai nghìn vụ", 2000)).toEqual([{ offset: 7, end: 16, percent: false, text: "hai nghìn" }]);
    expect(valueMatches("90 phần trăm cơ quan", 90)).toEqual([{ offset: 0, end: 12, percent: true, text: "90 phần trăm" }]);
    expect(valueMatches("trên 95% khu dân cư", 95)[0]).toMatchObject({ percent: true, text: "95%" });
  });

  it("reads the qualifier from the words right before the number", () => {
    expect(qualifierOf("tổ chức trên 366")).toBe("over");
    expect(qualifierOf("hơn 114.924")).toBe("over");
    expect(qualifierOf("gần 3.300")).toBe("nearly");
    expect(qualifierOf("khoảng 50")).toBe("about");
    expect(qualifierOf("xấp xỉ 50")).toBe("about");
    expect(qualifierOf("trên địa bàn có 28")).toBe("exact");
    expect(qualifierOf("tốc độ 40 km")).toBe("exact");
  });
});
