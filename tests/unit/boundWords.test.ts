import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFigure } from "../../src/lib/data/validate/checkFigure.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { QUALIFIERS, type Qualifier } from "../../src/lib/text/qualifiers.ts";
import { BOUNDS_AFTER, BOUNDS_BEFORE } from "../../src/lib/text/bounds.ts";
import { realFiles } from "../helpers/project.ts";

// What each bound word means, written here as a reader of Vietnamese reads it, apart from the code's tables: the
// test then holds the code to it. "exact" is what a number with no bound word is.
const BEFORE: Readonly<Record<string, Qualifier>> = {
  "trên": "over", "hơn": "over", "hơn cả": "over", "nhiều hơn": "over", "cao hơn": "over", "lớn hơn": "over", "vượt": "over",
  "vượt quá": "over", "vượt trên": "over", "quá": "over",
  "ít nhất": "at_least", "ít ra": "at_least", "tối thiểu": "at_least", "không dưới": "at_least",
  "không ít hơn": "at_least", "không thấp hơn": "at_least", "không nhỏ hơn": "at_least", "không kém": "at_least", "chẳng dưới": "at_least",
  "chưa dưới": "at_least", "chả ít hơn": "at_least",
  "dưới": "at_most", "ít hơn": "at_most", "thấp hơn": "at_most", "nhỏ hơn": "at_most", "chưa đến": "at_most", "chưa tới": "at_most",
  "chưa đầy": "at_most", "chưa quá": "at_most", "chưa vượt quá": "at_most", "không đến": "at_most", "không tới": "at_most",
  "không đầy": "at_most", "không quá": "at_most", "không hơn": "at_most", "không trên": "at_most", "không vượt": "at_most",
  "không vượt quá": "at_most", "không nhiều hơn": "at_most", "không cao hơn": "at_most", "không lớn hơn": "at_most", "tối đa": "at_most",
  "nhiều nhất": "at_most", "chẳng quá": "at_most", "chả hơn": "at_most",
  "gần": "nearly", "gần như": "nearly", "ngót": "nearly", "ngót nghét": "nearly", "suýt soát": "nearly", "non": "nearly",
  "khoảng": "about", "khoảng chừng": "about", "chừng": "about", "độ": "about", "độ chừng": "about", "xấp xỉ": "about", "ước": "about",
  "ước tính": "about", "ước khoảng": "about", "ước chừng": "about", "ước đạt": "about", "cỡ": "about", "tầm": "about", "trên dưới": "about",
  // Words that do not bound the number: it is exact.
  "": "exact", "tổng cộng": "exact", "tốc độ": "exact", "đạt": "exact", "từ": "exact", "lên tới": "exact",
};
// Written after the number and what it counts: "366 đợt trở lên".
const AFTER: Readonly<Record<string, Qualifier>> = {
  "trở lên": "at_least", "hoặc hơn": "at_least", "hoặc nhiều hơn": "at_least", "hay nhiều hơn": "at_least",
  "trở xuống": "at_most", "đổ xuống": "at_most", "đổ lại": "at_most", "hoặc ít hơn": "at_most", "hay ít hơn": "at_most",
  "có lẻ": "over", "có dư": "over",
};
// Words before a number that no qualifier can show: refused whatever the qualifier.
const REFUSED_BEFORE = ["không khoảng", "chưa gần", "không ít nhất"];

const { metrics } = validateProject(realFiles()).dataset;
const gangs = metrics.find((m) => m.id === "criminal_gangs_dismantled")!;
const share = metrics.find((m) => m.id === "safe_agencies_share")!;

/** The problems checkFigure finds in one figure: none means the row is published as written. */
function problems(value: number, qualifier: Qualifier, quote: string, metric = gangs): string[] {
  const said: string[] = [];
  checkFigure(metric, value, String(value), qualifier, quote, (_, message) => said.push(message));
  return said;
}

/** Vietnamese grouping of thousands: 114924 → "114.924". */
const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

describe("every bound word the code knows has a meaning here", () => {
  it("before the number", () => expect(Object.keys(BOUNDS_BEFORE).filter((w) => !(w in BEFORE))).toEqual([]));
  it("after the number", () => expect(Object.keys(BOUNDS_AFTER).filter((w) => !(w in AFTER))).toEqual([]));
});

describe("a bound word before the number is read as it means", () => {
  it.each(Object.entries(BEFORE))("“%s 400 ổ nhóm” is %s", (word, meant) => {
    const quote = `triệt phá ${word} 400 ổ nhóm tội phạm`.replace(/\s+/g, " ");
    expect(problems(400, meant, quote)).toEqual([]);
    for (const other of QUALIFIERS.filter((q) => q !== meant && q !== "unquantified")) {
      expect(problems(400, other, quote), `${other} for “${quote}”`).toEqual([expect.stringContaining(`write ${meant} here`)]);
    }
  });
  it.each(REFUSED_BEFORE)("“%s 400” is refused with a hint, whatever the qualifier", (word) => {
    for (const q of QUALIFIERS.filter((q) => q !== "unquantified")) {
      expect(problems(400, q, `triệt phá ${word} 400 ổ nhóm`)).toEqual([expect.stringMatching(/says nothing a qualifier can show; leave the figure out/)]);
    }
  });
});

describe("a bound word after the number (and what it counts) is read as it means", () => {
  it.each(Object.entries(AFTER))("“400 ổ nhóm tội phạm %s” is %s", (word, meant) => {
    const quote = `triệt phá 400 ổ nhóm tội phạm ${word}`;
    expect(problems(400, meant, quote)).toEqual([]);
    for (const other of QUALIFIERS.filter((q) => q !== meant && q !== "unquantified")) {
      expect(problems(400, other, quote)).toEqual([expect.stringContaining(`write ${meant} here`)]);
    }
  });
  it("'từ 366 … trở lên' is at least; a bound written twice that disagrees is refused", () => {
    expect(problems(366, "at_least", "từ 366 ổ nhóm trở lên")).toEqual([]);
    expect(problems(366, "over", "trên 366 ổ nhóm trở lên")).toEqual([expect.stringMatching(/bounds the number twice \("trên … trở lên"\)/)]);
  });
  it("a range is refused with a hint", () => {
    expect(problems(300, "exact", "từ 300 đến 400 ổ nhóm")).toEqual([expect.stringMatching(/gives a range \("300 đến 400"\).*leave the figure out/)]);
    expect(problems(400, "exact", "300–400 ổ nhóm")).toEqual([expect.stringMatching(/gives a range/)]);
  });
  it("words that only look like bounds are not: 'hay hơn' (better), 'có dư luận', 'mức cao nhất'", () => {
    expect(problems(400, "exact", "400 ổ nhóm hoạt động hay hơn")).toEqual([]);
    expect(problems(400, "exact", "400 ổ nhóm có dư luận phản ánh")).toEqual([]);
    expect(problems(400, "exact", "400 ổ nhóm, tốc độ 40 km")).toEqual([]);
  });
  it("a quote typed with combining marks (NFD) is read as the same words", () => {
    const quote = "triệt phá ít hơn 400 ổ nhóm".normalize("NFD");
    expect(problems(400, "at_most", quote)).toEqual([]);
    expect(problems(400, "exact", quote)).toEqual([expect.stringContaining("write at_most here")]);
  });
  it("a bound in another clause is not this number's", () => {
    expect(problems(400, "exact", "triệt phá 400 ổ nhóm, bắt giữ 30 đối tượng trở lên")).toEqual([]);
  });
});

describe("numbers in words are numbers", () => {
  it.each([
    ["hai nghìn ổ nhóm", 2000], ["ba trăm ổ nhóm", 300], ["mười lăm ổ nhóm", 15], ["một triệu ổ nhóm", 1e6], ["hai mươi tư ổ nhóm", 24],
    ["ba mươi mốt ổ nhóm", 31], ["một trăm linh năm ổ nhóm", 105], ["hai nghìn ba trăm ổ nhóm", 2300], ["hai nghìn rưỡi ổ nhóm", 2500],
    ["mười một ổ nhóm", 11], ["hai vạn ổ nhóm", 20000], ["mười hai nghìn ổ nhóm", 12000], ["năm trăm ổ nhóm", 500],
  ] as const)("“%s” states %d", (words, value) => {
    expect(problems(value, "exact", `triệt phá ${words}`)).toEqual([]);
    expect(problems(value, "at_most", `triệt phá dưới ${words}`)).toEqual([]);
  });
  it("'năm 2023' is a year, not five", () => expect(problems(5, "exact", "năm 2023 triệt phá ổ nhóm")).toEqual([expect.stringMatching(/does not state 5/)]));
  it.each(["hàng nghìn vụ", "hàng trăm ổ nhóm", "nhiều ổ nhóm", "vài trăm ổ nhóm", "mười mấy ổ nhóm", "một số ổ nhóm", "hằng năm triệt phá nhiều ổ nhóm"])(
    "“%s” states no number: unquantified stands",
    (quote) => {
      const said: string[] = [];
      checkFigure(gangs, null, "", "unquantified", quote, (_, m) => said.push(m));
      expect(said).toEqual([]);
    },
  );
  it.each([["hai nghìn vụ", 2000], ["ba trăm ổ nhóm", 300], ["mười lăm ổ nhóm", 15], ["một triệu đồng", 1e6]] as const)(
    "an unquantified row whose quote says “%s” is refused: write %d",
    (quote, value) => {
      const said: string[] = [];
      checkFigure(gangs, null, "", "unquantified", `làm rõ ${quote}`, (_, m) => said.push(m));
      expect(said).toEqual([expect.stringContaining(`write ${value} in the value column and exact in the qualifier column`)]);
    },
  );
  it("the hint names the bound the words give: 'hơn hai nghìn vụ' is over 2000", () => {
    const said: string[] = [];
    checkFigure(gangs, null, "", "unquantified", "làm rõ hơn hai nghìn vụ", (_, m) => said.push(m));
    expect(said).toEqual([expect.stringContaining("write 2000 in the value column and over in the qualifier column")]);
  });
});

describe("the quote states the metric's unit", () => {
  it("a percent metric needs % or 'phần trăm' after its number", () => {
    expect(problems(90, "exact", "90% cơ quan", share)).toEqual([]);
    expect(problems(90, "exact", "90 phần trăm cơ quan", share)).toEqual([]);
    expect(problems(90, "exact", "90 cơ quan, doanh nghiệp", share)).toEqual([expect.stringMatching(/without "%" or "phần trăm", but safe_agencies_share is a percentage/)]);
  });
  it("a count must not be a percentage", () => {
    expect(problems(27, "exact", "triệt phá 27% ổ nhóm")).toEqual([expect.stringMatching(/27%, a percentage, but criminal_gangs_dismantled counts things/)]);
    expect(problems(27, "exact", "triệt phá 27 phần trăm ổ nhóm")).toEqual([expect.stringMatching(/a percentage/)]);
  });
});

describe("property: no bound word yields a published qualifier that contradicts the quote", () => {
  const before = fc.constantFrom(...Object.entries(BEFORE)).map(([word, meant]) => ({ word, meant, after: false }));
  const after = fc.constantFrom(...Object.entries(AFTER)).map(([word, meant]) => ({ word, meant, after: true }));
  // Every plain bound word after every negation: "không trên" is at most, "chẳng dưới" at least, "không khoảng" nothing.
  const FLIP: Partial<Record<Qualifier, Qualifier>> = { over: "at_most", at_most: "at_least" };
  const plain = Object.entries(BEFORE).filter(([w, q]) => w && q !== "exact" && !/^(không|chưa|chẳng|chả) /.test(w));
  const negated = fc
    .tuple(fc.constantFrom("không", "chưa", "chẳng", "chả"), fc.constantFrom(...plain))
    .map(([no, [word, meant]]) => ({ word: `${no} ${word}`, meant: BEFORE[`${no} ${word}`] ?? FLIP[meant] ?? ("refused" as const), after: false }));
  it("accepts a figure only with the qualifier its bound word means", () => {
    fc.assert(
      fc.property(
        fc.oneof(before, after, negated),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom(...QUALIFIERS),
        fc.boolean(),
        fc.constantFrom("", "tội phạm hình sự", "tội phạm hình sự trên địa bàn tỉnh"),
        fc.boolean(),
        fc.boolean(),
        (bound, n, qualifier, capital, filler, percent, decomposed) => {
          const number = `${vi(n)}${percent ? "%" : ""}`;
          const noun = percent ? "cơ quan" : `ổ nhóm ${filler}`.trim();
          let quote = bound.after ? `triệt phá ${number} ${noun} ${bound.word}` : `${bound.word} ${number} ${noun}`.trim();
          if (capital) quote = quote[0]!.toUpperCase() + quote.slice(1);
          const metric = percent ? share : gangs;
          const value = percent ? (n % 100) + 1 : n;
          const composed = percent ? quote.replace(number, `${value}%`) : quote;
          // The same words typed with combining marks (NFD) mean the same.
          const q = decomposed ? composed.normalize("NFD") : composed;
          const said = problems(value, qualifier, q, metric);
          // Accepted means published with this qualifier's wording: it must be the one the words mean.
          if (said.length === 0) expect(qualifier, q).toBe(bound.meant);
        },
      ),
      { numRuns: 3000, seed: 13 },
    );
  });
});
