import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";

const { metrics } = validateProject(realFiles()).dataset;
const extract = (text: string) => extractFigures(text, metrics, "test-1");
const summary = (text: string) => extract(text).map((r) => [r.metric, r.value, r.qualifier]);

// Each case is a failure seen on real ten-year-review articles (issue 11, item 6), rewritten in our own words.
describe("proposals that were not figures", () => {
  it("does not read the Program 09 boilerplate 'giữa hai đơn vị' as the figure 2", () => {
    expect(extract("Hội nghị tổng kết 10 năm thực hiện chương trình phối hợp giữa hai đơn vị về phong trào toàn dân bảo vệ an ninh Tổ quốc.")).toEqual([]);
    expect(extract("Chương trình phối hợp giữa hai cơ quan được ký năm 2013.")).toEqual([]);
    expect(extract("Lãnh đạo hai cơ quan đồng chủ trì hội nghị.")).toEqual([]);
    // A count of agencies in digits is a figure.
    expect(extract("Có 25 cơ quan tham gia ký kết.").map((r) => r.value)).toEqual([25]);
  });

  it("does not propose 'Nhiều người dân …', a sentence's subject, as an unquantified figure", () => {
    expect(extract("Nhiều người dân đã chủ động cung cấp thông tin cho cơ quan công an.")).toEqual([]);
    expect(extract("Nhiều tập thể, cá nhân được biểu dương tại hội nghị.")).toEqual([]);
  });

  it("does not propose 'nhiều mô hình' beside a stated count of the models", () => {
    expect(summary("Toàn tỉnh có 654 mô hình tự quản, nhiều mô hình hoạt động hiệu quả.")).toEqual([["models", 654, "exact"]]);
    expect(summary("Toàn tỉnh có 512 mô hình. Nhiều mô hình được Bộ Công an khen thưởng.")).toEqual([["models", 512, "exact"]]);
    // Without a count, "many models" is what the article says, and stays.
    expect(summary("Nhiều mô hình hay được duy trì ở cơ sở.")).toEqual([["models", null, "unquantified"]]);
  });

  it("proposes a rounded headline figure once, and not at all beside the exact one", () => {
    // A province's headline: since issue 22, a district's count of models ("toàn huyện") is no `models` figure.
    const headline = "Lâm Sơn: hơn 650 mô hình tự quản giữ bình yên thôn xóm\nTỉnh Lâm Sơn đã xây dựng hơn 650 mô hình tự quản về an ninh, trật tự.";
    expect(summary(headline)).toEqual([["models", 650, "over"]]);
    expect(summary(`${headline}\nTheo báo cáo, toàn tỉnh hiện có 654 mô hình tự quản.`)).toEqual([["models", 654, "exact"]]);
    // A different figure of the same measure is no rounding: both stay for the editor to settle.
    expect(summary("Năm 2015 có hơn 300 mô hình. Đến nay có 654 mô hình.").map((r) => r[1])).toEqual([300, 654]);
  });
});

describe("metric guesses", () => {
  it.each([
    ["Phong trào được triển khai tại 181 địa bàn cấp xã.", "dia_ban_cap_xa"],
    ["Các cấp xây dựng 10 loại mô hình tự quản.", "loai_mo_hinh_tu_quan"],
    ["Mặt trận các cấp tổ chức 130 diễn đàn để lắng nghe ý kiến nhân dân.", "dien_dan"],
    ["Nhân dân thắp sáng 122 tuyến đường nông thôn.", "tuyen_duong_nong_thon"],
  ])("names a common measure instead of unknown: %s → %s", (text, id) => {
    expect(extract(text)).toMatchObject([{ metric: id, proposed: true }]);
  });

  it.each([
    ["Công an thu giữ 12,5 kg thuốc nổ cùng nhiều kíp nổ và vũ khí tự chế.", "kg_thuoc_no"],
    ["Các địa phương duy trì 615 tổ, nhóm tự quản ở khu dân cư.", "to_nhom_tu_quan"],
    ["Quần chúng cung cấp 1.240 nguồn tin có giá trị.", "nguon_tin_co_gia_tri"],
  ])("proposes an id that ends with the noun phrase: %s → %s", (text, id) => {
    expect(extract(text)[0]).toMatchObject({ metric: id, proposed: true });
  });

  it("gives the same measure the same id in different articles and spellings", () => {
    const id = (text: string) => extract(text)[0]!.metric;
    expect(id("Toàn tỉnh có 615 tổ, nhóm tự quản.")).toBe(id("Toàn tỉnh có 2.316 tổ nhóm tự quản."));
    expect(id("Báo chí đăng 320 tin, bài tuyên truyền.")).toBe(id("Báo chí đăng 115 tin bài tuyên truyền."));
    expect(id("Có gần 400 tổ hòa giải ở cơ sở.")).toBe(id("Có khoảng 1.050 tổ hoà giải ở cơ sở."));
    expect(id("Có khoảng 1.050 tổ hoà giải ở cơ sở.")).toBe("mediation_groups");
  });

  it("reuses an id of data/metrics.csv once it is there, instead of proposing it again", () => {
    const withTips = [...metrics, { ...metrics[0]!, id: "nguon_tin_co_gia_tri", keywords_vi: "" }];
    expect(extractFigures("Quần chúng cung cấp 1.240 nguồn tin có giá trị.", withTips)[0]).toMatchObject({ metric: "nguon_tin_co_gia_tri", proposed: false });
  });

  it("gives kinds listed after the headline count their own ids, so models are not counted twice", () => {
    const text = "Các cấp đã xây dựng 1.250 mô hình, trong đó có 320 mô hình camera an ninh, 215 mô hình “Con đường tự quản”.";
    expect(summary(text)).toEqual([
      ["models", 1250, "exact"],
      ["mo_hinh_camera_an_ninh", 320, "exact"],
      ["mo_hinh_con_duong_tu_quan", 215, "exact"],
    ]);
    expect(extract(text).filter((r) => r.metric !== "models").every((r) => r.proposed)).toBe(true);
    // Also when "trong đó" opens the next sentence.
    expect(summary("Toàn tỉnh có 830 mô hình. Trong đó, 120 mô hình camera an ninh hoạt động hiệu quả.").map((r) => r[0])).toEqual(["models", "mo_hinh_camera_an_ninh"]);
  });
});

// Issue 22: a quote is the whole figure, from its bound words through what it counts to the end of its clause.
describe("quotes end at their clause", () => {
  const quotes = (text: string) => extract(text).map((r) => r.quote);

  it.each([
    ["Các địa phương tổ chức trên 1.100 đợt phát động với hơn 420.000 lượt người tham gia.", ["trên 1.100 đợt phát động", "hơn 420.000 lượt người tham gia"]],
    ["Toàn tỉnh có khoảng 1.050 tổ hoà giải và 38 cụm an ninh.", ["khoảng 1.050 tổ hoà giải", "38 cụm an ninh"]],
    ["Nhân dân đóng góp 14.500 ngày công để lắp đặt 312 camera giám sát.", ["14.500 ngày công", "312 camera giám sát"]],
    ["Công an thu giữ 12,5 kg thuốc nổ cùng nhiều kíp nổ và vũ khí tự chế.", ["12,5 kg thuốc nổ"]],
    ["Nhân dịp này, Công an tỉnh tặng Giấy khen cho 25 cá nhân đã có thành tích xuất sắc trong thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc.", ["25 cá nhân đã có thành tích xuất sắc trong thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc"]],
    ["Đến nay, 98,6% khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”.", ["98,6% khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”"]],
  ])("%s", (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("one row per measure where the article repeats itself", () => {
  it("proposes 'hàng nghìn vụ' said twice once", () => {
    expect(summary("Công an làm rõ hàng nghìn vụ phạm tội về trật tự xã hội. Lực lượng chức năng đã làm rõ hàng nghìn vụ phạm tội về trật tự xã hội.")).toEqual([["social_order_crimes_solved", null, "unquantified"]]);
  });

  it("keeps two shares of one sentence as they are, not as a total and its part", () => {
    expect(summary("Năm 2022 có 95% khu dân cư đạt chuẩn, năm 2023 có 90% khu dân cư đạt chuẩn.").map((r) => r[0])).toEqual(["safe_residential_share", "safe_residential_share"]);
  });
});

// Issue 21: the extractor reads figures through the text module's one reading (readFigure), as check does.
describe("figures read as check reads them", () => {
  it("reads a number grouped with spaces whole, and quotes it whole", () => {
    expect(extract("Thu hút hơn 114 924 lượt người tham gia.").map((r) => [r.metric, r.value, r.qualifier, r.quote])).toEqual([["luot_nguoi_tham_gia", 114924, "over", "hơn 114 924 lượt người tham gia"]]);
  });

  it("does not propose a change as a count, nor the value a change started from", () => {
    expect(summary("So với năm 2013, năm nay tăng 366 đợt phát động.")).toEqual([]);
    expect(summary("Số mô hình tăng từ 27 mô hình lên hơn 40 mô hình.")).toEqual([["models", 40, "over"]]);
  });
});

// Issue 22: cases from real articles where not one proposal could be accepted unchanged, in our own words.
describe("proposals an editor can accept as they come", () => {
  const rows = (text: string) => extract(text).map((r) => [r.metric, r.value, r.qualifier, r.quote]);

  it("gives two measures of one article two ids, neither of them the unit word", () => {
    const [registered, crimeFree] = extract("Huyện đã tổ chức cho nhân dân ký cam kết ở 106 xã; xây dựng được 33 xã không có tội phạm.");
    expect(crimeFree).toMatchObject({ metric: "xa_khong_co_toi_pham", value: 33, quote: "33 xã không có tội phạm", definition: { group: "safety", unit: "count" } });
    expect(registered).toMatchObject({ metric: "xa_ky_cam_ket", value: 106, quote: "106 xã" });
    expect(extract("Xã tổ chức 45 buổi nói chuyện chuyên đề cho 300 hộ kinh doanh.").map((r) => r.metric)).toEqual(["buoi_noi_chuyen_chuyen_de", "ho_kinh_doanh"]);
  });

  it("does not take attendance at law-education sessions for attendance at launches", () => {
    const text = "Các cấp tổ chức 1.250 buổi tuyên truyền, phổ biến giáo dục pháp luật với 860.500 lượt người tham gia.";
    expect(rows(text)).toEqual([
      ["buoi_tuyen_truyen_phap_luat", 1250, "exact", "1.250 buổi tuyên truyền, phổ biến giáo dục pháp luật"],
      ["luot_nguoi_tham_gia_tuyen_truyen_phap_luat", 860500, "exact", "860.500 lượt người tham gia"],
    ]);
    expect(extract("Tổ chức 366 đợt phát động với hơn 114.924 lượt người tham gia.")[1]).toMatchObject({ metric: "campaign_participant_turns", proposed: false });
  });

  it("quotes all that the figure counts, and stops at its clause", () => {
    expect(rows("Toàn tỉnh có 828 cơ quan, doanh nghiệp, trường học, 45 khu dân cư ký cam kết.")[0]).toEqual(["co_quan_doanh_nghiep_truong_hoc", 828, "exact", "828 cơ quan, doanh nghiệp, trường học"]);
    expect(rows("Thành phố thành lập 4 câu lạc bộ chủ nhà trọ. Cấp ủy Đảng các cấp quan tâm lãnh đạo.")).toEqual([["cau_lac_bo_chu_nha_tro", 4, "exact", "4 câu lạc bộ chủ nhà trọ"]]);
  });

  it("reads a ratio as the count achieved, and never proposes the parties of the programme", () => {
    expect(rows("Đến nay 956/956 bản có tổ an ninh tự quản.")).toEqual([["ban_co_to_an_ninh_tu_quan", 956, "exact", "956/956 bản có tổ an ninh tự quản"]]);
    expect(extract("Hội nghị tăng cường phối hợp giữa 2 lực lượng trong tình hình mới.")).toEqual([]);
    expect(extract("Sáng 24/5, Ban Chỉ đạo 138 tỉnh họp tại thôn 3.")).toEqual([]);
  });

  it("names awards of another level for who gave them", () => {
    expect(extract("Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể, 20 cá nhân.")).toMatchObject([
      { metric: "tap_the_chu_tich_ubnd_huyen_khen", proposed: true, definition: { group: "awards" } },
      { metric: "ca_nhan_chu_tich_ubnd_huyen_khen", proposed: true },
    ]);
    expect(extract("Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể.")[0]).toMatchObject({ metric: "award_ppc_chair_collective", proposed: false });
  });
});
