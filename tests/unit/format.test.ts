import { describe, expect, it } from "vitest";
import { formatDate, formatDatePhrase } from "../../src/lib/format/formatDate.ts";
import { formatCompact, formatFigure, UNQUANTIFIED_TEXT } from "../../src/lib/format/formatFigure.ts";
import { qualifierNotes } from "../../src/figures/figureParts.ts";
import { formatNumber } from "../../src/lib/format/formatNumber.ts";
import { parsePartialDate } from "../../src/lib/data/partialDate.ts";
import { sourceCitation, sourceLabel } from "../../src/lib/format/sourceLabel.ts";

describe("formatNumber", () => {
  it.each([
    [114924, "114.924"],
    [7100, "7.100"],
    [1078, "1.078"],
    [83, "83"],
    [2.2, "2,2"],
    [1234567.5, "1.234.567,5"],
  ])("writes %d as %s", (n, text) => expect(formatNumber(n)).toBe(text));
});

describe("partial dates", () => {
  it.each([
    ["2023-05-24", "24/5/2023"],
    ["2023-06", "6/2023"],
    ["2023", "2023"],
    ["--11-05", "5/11 (không rõ năm)"],
    ["", ""],
  ])("formats %s as %s", (iso, vi) => expect(formatDate(iso)).toBe(vi));

  it.each(["2023-13-01", "2023-02-30", "2023-2-1", "24/5/2023", "2023-06-06T00:00", "--02-30", "2023-00"])(
    "refuses %s",
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );

  it("accepts 29 February when the year is unknown or a leap year, not otherwise", () => {
    expect(parsePartialDate("--02-29")).toEqual({ month: 2, day: 29 });
    expect(parsePartialDate("2024-02-29")).not.toBeNull();
    expect(parsePartialDate("2023-02-29")).toBeNull();
  });
});

describe("formatFigure", () => {
  it.each([
    [{ value: 366, qualifier: "over" }, "count", "trên 366"],
    [{ value: 114924, qualifier: "over" }, "count", "trên 114.924"],
    [{ value: 3300, qualifier: "nearly" }, "count", "gần 3.300"],
    [{ value: 3300, qualifier: "about" }, "count", "khoảng 3.300"],
    [{ value: 83, qualifier: "exact" }, "count", "83"],
    [{ value: 95, qualifier: "over" }, "percent", "trên 95%"],
    [{ value: null, qualifier: "unquantified" }, "count", UNQUANTIFIED_TEXT.vi],
  ] as const)("writes %j (%s) as %s", (figure, unit, text) => expect(formatFigure(figure, unit)).toBe(text));

  it("never writes a zero for a figure the source did not count", () => {
    expect(formatFigure({ value: null, qualifier: "unquantified" }, "count")).not.toMatch(/\d/);
  });
});

describe("sourceLabel", () => {
  const base = { id: "x-1", province: "x", outlet: "", title: "", published: "", event_date: "", author: "", url: "", archive: "", note: "", note_en: "" };
  it("names the outlet with the publication date", () => {
    expect(sourceLabel({ ...base, outlet: "Báo Nhân Dân", published: "2023-05-31" })).toBe("Báo Nhân Dân, 31/5/2023");
  });
  it("falls back to the headline, then the byline, then the id", () => {
    expect(sourceLabel({ ...base, title: "Tiêu đề" })).toBe("“Tiêu đề”");
    expect(sourceLabel({ ...base, author: "Trần Ích" })).toBe("bài của Trần Ích");
    expect(sourceLabel(base)).toBe("x-1");
  });
});

describe("the English edition's formats", () => {
  it("writes numbers, qualifiers and gaps the English way", () => {
    expect(formatNumber(114924, "en")).toBe("114,924");
    expect(formatNumber(2.2, "en")).toBe("2.2");
    expect(formatFigure({ value: 114924, qualifier: "over" }, "count", "en")).toBe("more than 114,924");
    expect(formatFigure({ value: 3300, qualifier: "nearly" }, "count", "en")).toBe("nearly 3,300");
    expect(formatFigure({ value: 95, qualifier: "about" }, "percent", "en")).toBe("about 95%");
    expect(formatFigure({ value: null, qualifier: "unquantified" }, "count", "en")).toBe("yes, no count given");
    expect(formatCompact({ value: 3300, qualifier: "nearly" }, "count", "en")).toBe("≈3,300");
  });

  it("writes dates day first, as precisely as they are known, and never guesses a year", () => {
    expect(formatDate("2023-05-24", "en")).toBe("24 May 2023");
    expect(formatDate("2023-06", "en")).toBe("June 2023");
    expect(formatDate("2023", "en")).toBe("2023");
    expect(formatDate("--11-05", "en")).toBe("5 November (year not given)");
    expect(formatDatePhrase("2023-05-24", "en")).toBe("on 24 May 2023");
    expect(formatDatePhrase("2023-06", "en")).toBe("in June 2023");
  });

  it("names articles in English around the outlet's own name", () => {
    const source = { id: "x-1", province: "x", outlet: "", title: "", published: "", event_date: "2023-06-06", author: "Trần Ích", url: "", archive: "", note: "", note_en: "" };
    expect(sourceCitation(source, "en")).toBe("article by Trần Ích, reporting the event of 6 June 2023");
    expect(sourceLabel({ ...source, outlet: "Báo Nhân Dân", published: "2023-05-31" }, "en")).toBe("Báo Nhân Dân, 31 May 2023");
  });
});

describe("the bounds 'at least' and 'at most' are shown with their words, never as a bare number", () => {
  it.each([
    ["at_least", "count", "vi", "ít nhất 366"],
    ["at_least", "count", "en", "at least 366"],
    ["at_most", "count", "vi", "không quá 366"],
    ["at_most", "count", "en", "at most 366"],
    ["at_most", "percent", "vi", "không quá 366%"],
  ] as const)("%s %s (%s) reads %s", (qualifier, unit, lang, text) => {
    expect(formatFigure({ value: 366, qualifier }, unit, lang)).toBe(text);
  });
  it("in dense charts too", () => {
    expect(formatCompact({ value: 400, qualifier: "at_most" }, "count")).toBe("≤400");
    expect(formatCompact({ value: 400, qualifier: "at_least" }, "count", "en")).toBe("≥400");
  });
  it("and a chart that draws one says what it means, in both languages", () => {
    const figure = { province: "x", metric: "m", value: 400, qualifier: "at_most" as const, rows: [] };
    expect(qualifierNotes("vi", [figure])).toEqual([expect.stringMatching(/^“không quá”: .*mức trần/)]);
    expect(qualifierNotes("en", [{ ...figure, qualifier: "at_least" }])).toEqual([expect.stringMatching(/^“at least”: .*trở lên/)]);
  });
});
