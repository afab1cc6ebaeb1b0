import fc from "fast-check";
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { describe, expect, it } from "vitest";
import { numbersIn } from "../../src/lib/text/numbers.ts";
import { metric, verify } from "../helpers/verifyRow.ts";

// Issue 21, kind 3: numbers as Vietnamese writes them, read whole, in the quote and in the article alike.
const COUNT = metric();
const SHARE = metric({ unit: "percent" });
/** The values a text states, in order. */
const values = (text: string) => numbersIn(text).map((n) => n.value);

describe("numbers as Vietnamese writes them", () => {
  it("reads 'không trăm' and 'linh/lẻ': một nghìn không trăm linh năm is 1005, not 5", () => {
    expect(values("một nghìn không trăm linh năm vụ")).toEqual([1005]);
    expect(values("mười nghìn không trăm mười lượt")).toEqual([10010]);
    expect(values("ba trăm lẻ một nghìn người")).toEqual([301000]);
    const article = "Công an đã xử lý một nghìn không trăm linh năm vụ vi phạm.";
    expect(verify(article, COUNT, 1005, "exact", "một nghìn không trăm linh năm vụ vi phạm")).toEqual([]);
    expect(verify(article, COUNT, 5, "exact", "năm vụ vi phạm")).not.toEqual([]);
  });

  it("reads a space that groups thousands: 114 924 is 114924, not 924", () => {
    expect(values("114 924 lượt người")).toEqual([114924]);
    expect(values("1\u00a0250\u00a0000 lượt")).toEqual([1250000]);
    // A space between a number and a small one is no grouping.
    expect(values("có 12 34 hộ")).toEqual([12, 34]);
    const article = "Thu hút hơn 114 924 lượt người tham gia.";
    expect(verify(article, COUNT, 114924, "over", "hơn 114 924 lượt người tham gia")).toEqual([]);
    expect(verify(article, COUNT, 924, "exact", "924 lượt người tham gia")).not.toEqual([]);
  });

  it("reads colloquial forms: một trăm hai is 120 and một nghìn hai is 1200", () => {
    expect(values("một trăm hai hồ sơ")).toEqual([120]);
    expect(values("một nghìn hai người")).toEqual([1200]);
    expect(values("hai triệu ba lượt")).toEqual([2300000]);
    // The full forms, and "một trăm năm" (a century), keep their meaning.
    expect(values("một trăm linh hai hồ sơ")).toEqual([102]);
    expect(values("một nghìn hai trăm người")).toEqual([1200]);
    expect(verify("Đã lập một trăm hai hồ sơ.", COUNT, 120, "exact", "một trăm hai hồ sơ")).toEqual([]);
    expect(verify("Đã lập một trăm hai hồ sơ.", COUNT, 102, "exact", "một trăm hai hồ sơ")).not.toEqual([]);
  });

  it("reads multipliers, decimals with a comma and ratios", () => {
    expect(values("613 ngàn lượt, 1,5 triệu người, 2 tỷ đồng, hai nghìn rưỡi vụ")).toEqual([613000, 1500000, 2000000000, 2500]);
    expect(values("đạt 2,2%")).toEqual([2.2]);
    expect(numbersIn("956/956 xã")[0]).toMatchObject({ value: 956, of: 956, text: "956/956" });
    // A date is no ratio.
    expect(values("ngày 24/5/2023")).toEqual([]);
    expect(verify("Có 956/956 xã đạt chuẩn.", COUNT, 956, "exact", "956/956 xã đạt chuẩn")).toEqual([]);
    expect(verify("Tỷ lệ đạt 2,2% số hộ.", SHARE, 2.2, "exact", "2,2% số hộ")).toEqual([]);
  });
});

describe("numbers in words, against read-vietnamese-number as the oracle", () => {
  const config = new ReadingConfig();
  config.unit = [];
  it("what the oracle writes for any n from 1 to a billion reads back as n", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 100_000 })), (n) => {
        const words = doReadNumber(String(n), config);
        const read = numbersIn(`${words} người`);
        expect(read.map((r) => [r.value, r.text]), words).toEqual([[n, words]]);
      }),
      { numRuns: 2000 },
    );
  });
});
