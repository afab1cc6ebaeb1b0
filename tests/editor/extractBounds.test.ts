import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";

const { metrics } = validateProject(realFiles()).dataset;
const propose = (text: string) => extractFigures(text, metrics, "test-1").map((r) => ({ value: r.value, qualifier: r.qualifier, quote: r.quote }));

describe("the extractor proposes the bound an article writes, never its opposite", () => {
  it("'ít hơn 400 ổ nhóm' is at most 400, not more than 400", () => {
    expect(propose("Công an tỉnh đã triệt phá ít hơn 400 ổ nhóm tội phạm hình sự.")).toEqual([
      expect.objectContaining({ value: 400, qualifier: "at_most", quote: expect.stringContaining("ít hơn 400 ổ nhóm") }),
    ]);
  });

  it("'366 đợt … trở lên' is at least 366, and the quote keeps 'trở lên'", () => {
    expect(propose("Các địa phương đã tổ chức 366 đợt phát động phong trào trở lên.")).toEqual([
      expect.objectContaining({ value: 366, qualifier: "at_least", quote: expect.stringMatching(/366 đợt phát động phong trào trở lên$/) }),
    ]);
  });

  it("'không dưới 400' is at least 400", () => {
    expect(propose("Lực lượng công an triệt phá không dưới 400 ổ nhóm tội phạm.")).toEqual([expect.objectContaining({ value: 400, qualifier: "at_least" })]);
  });

  it("reads a number written in words", () => {
    expect(propose("Toàn tỉnh đã xây dựng hai mươi lăm mô hình tự quản.")).toEqual([expect.objectContaining({ value: 25, qualifier: "exact", quote: expect.stringContaining("hai mươi lăm mô hình") })]);
  });

  it("reads 'phần trăm' as a percent sign", () => {
    expect(extractFigures("Có 90 phần trăm cơ quan, doanh nghiệp đạt tiêu chuẩn an toàn.", metrics, "test-1")).toEqual([
      expect.objectContaining({ metric: "safe_agencies_share", value: 90, qualifier: "exact", quote: expect.stringContaining("90 phần trăm cơ quan") }),
    ]);
  });

  it("proposes no figure for a range, which no qualifier can show", () => {
    expect(propose("Toàn tỉnh triệt phá từ 300 đến 400 ổ nhóm tội phạm.")).toEqual([]);
  });
});
