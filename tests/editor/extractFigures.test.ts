import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { candidateCells } from "../../src/lib/extract/candidateCells.ts";
import { extractFigures, type Candidate } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";

const { metrics } = validateProject(realFiles()).dataset;
const extract = (text: string) => extractFigures(text, metrics, "test-1");
const values = (text: string) => extract(text).map((c) => c.value);
const one = (text: string): Candidate => {
  const rows = extract(text);
  expect(rows, JSON.stringify(rows)).toHaveLength(1);
  return rows[0]!;
};

// Every text below is written for these tests, in the style of a provincial review report.
describe("extractFigures reads numbers as Vietnamese articles write them", () => {
  it.each([
    ["Lực lượng chức năng đã tiếp nhận 1.616 nguồn tin về tội phạm.", 1616],
    ["Phong trào thu hút 114.924 lượt người tham gia.", 114924],
    ["Năm qua có 122.560 lượt người dự các buổi sinh hoạt.", 122560],
    ["Tổ công tác thu giữ 2,2kg ma túy tổng hợp.", 2.2],
    ["Có 95% khu dân cư đạt chuẩn an toàn.", 95],
    ["Nhân dân đóng góp 613 ngàn ngày công.", 613000],
    ["Các hộ góp 10 tỷ đồng xây dựng đường làng.", 1e10],
    ["Xã có hai mô hình tự quản ở các thôn giáp ranh.", 2],
  ])("%s → %d", (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});

describe("extractFigures keeps the qualifier", () => {
  it.each([
    ["Tỉnh tổ chức trên 300 đợt phát động phong trào.", "over"],
    ["Có hơn 40.000 lượt người tham gia.", "over"],
    ["Toàn tỉnh có gần 3.300 tổ hòa giải.", "nearly"],
    ["Khoảng 250 tổ hòa giải hoạt động thường xuyên.", "about"],
    ["Xấp xỉ 70% khu dân cư đạt chuẩn.", "about"],
  ])("%s → %s", (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });

  it.each([
    ["Lực lượng công an làm rõ hàng nghìn vụ phạm tội về trật tự xã hội.", "social_order_crimes_solved"],
    ["Các địa phương đã nhân rộng hàng ngàn mô hình ở cơ sở.", "models"],
    ["Nhiều tập thể được Giám đốc Công an tỉnh tặng giấy khen.", "award_police_director_collective"],
  ])("%s → unquantified, no value", (text, metric) => {
    expect(one(text)).toMatchObject({ value: null, qualifier: "unquantified", metric });
  });

  it("does not take 'nhiều' before an ordinary word for a figure", () => {
    expect(extract("Công tác tuyên truyền có nhiều hình thức phong phú, đa dạng.")).toEqual([]);
  });
});

describe("extractFigures ignores numbers that are not figures", () => {
  it.each([
    ["Sáng 24/5, hội nghị khai mạc tại hội trường tỉnh."],
    ["Chương trình ký ngày 1/8/2013 giữa hai cơ quan."],
    ["Ngày 7.7 hằng năm là ngày truyền thống của lực lượng."],
    ["Buổi lễ diễn ra vào 7-7 tại nhà văn hóa."],
    ["Hội nghị tổng kết giai đoạn 2013-2023 của tỉnh."],
    ["Đây là kết quả giai đoạn 2013 – 2023."],
    ["Qua 10 năm thực hiện, phong trào có bước phát triển."],
    ["Thực hiện Chương trình phối hợp số 09 giữa hai ngành."],
    ["Theo Chương trình 09/CTr-BCA-MTTW được ký kết."],
    ["Xã triển khai mô hình 5+1 ở các thôn."],
    ["Thôn phát động phong trào “3 không” trong thanh niên."],
    ["Đại tá Nguyễn Văn A, 52 tuổi, phát biểu tại hội nghị."],
    ["Hội nghị bắt đầu lúc 8 giờ sáng."],
    ["Đoàn đến nơi lúc 14h30 cùng ngày."],
    ["Phiên họp bắt đầu từ 18:40 tối."],
    ["Ảnh: Minh Anh"],
    ["Tỉnh Hà Nam đẩy mạnh phong trào ảnh 1"],
    ["0:00 / 0:00"],
    ["Năm 2023, tỉnh tiếp tục đẩy mạnh phong trào."],
    ["Nghị quyết 202/2025/QH15 được Quốc hội thông qua."],
  ])("%s", (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe("extractFigures writes rows an editor can paste and find", () => {
  const paragraph =
    "Sáng 12/4, Ban Chỉ đạo tỉnh tổng kết 10 năm (2013 – 2023) thực hiện Chương trình phối hợp số 09. Theo báo cáo, toàn tỉnh xây dựng 45 mô hình “tự phòng, tự quản”, tổ chức trên 120 đợt phát động với hơn 35.600 lượt người tham gia; có gần 1.200 tổ hòa giải và khoảng 90% khu dân cư đạt chuẩn an toàn. Công an tỉnh tiếp nhận 340 nguồn tin, tổ chức 12 buổi tuyên truyền và làm rõ hàng nghìn vụ phạm tội về trật tự xã hội. Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể, 15 cá nhân.\nẢnh: Thu Hà";
  const rows = extract(paragraph);

  it("finds every figure in a mixed paragraph, and nothing else", () => {
    expect(rows.map((r) => [r.metric, r.value, r.qualifier])).toEqual([
      ["models", 45, "exact"],
      ["campaign_launches", 120, "over"],
      ["campaign_participant_turns", 35600, "over"],
      ["mediation_groups", 1200, "nearly"],
      ["safe_residential_share", 90, "about"],
      ["nguon_tin", 340, "exact"],
      ["buoi_tuyen_truyen", 12, "exact"],
      ["social_order_crimes_solved", null, "unquantified"],
      ["award_police_director_collective", 12, "exact"],
      ["award_police_director_individual", 15, "exact"],
    ]);
  });

  it("quotes exact, short substrings that carry the number and its qualifier word", () => {
    for (const r of rows) {
      expect(paragraph).toContain(r.quote);
      expect(r.quote.length).toBeLessThanOrEqual(90);
      if (r.qualifier === "over") expect(r.quote).toMatch(/trên|hơn/);
    }
    expect(rows[0]!.quote).toContain("45 mô hình “tự phòng, tự quản”");
    // A window of words never starts inside a quoted name, which would leave a lone closing mark.
    expect(one("Ở nhiều địa phương, mô hình “Camera an ninh giữ bình yên thôn xóm” được lắp đặt 1.500 camera tại các thôn.").quote).toBe("1.500 camera tại các thôn");
    // The quote is the figure itself (issue 22): the number and what it counts, not the clause's first words.
    expect(one("Mô hình “Camera an ninh” được lắp đặt 1.500 camera tại các thôn.").quote).toBe("1.500 camera tại các thôn");
  });

  it("proposes a new metric id for what the dictionary lacks, and writes it as an undecided TODO cell, with no note to publish", () => {
    const tips = rows.find((r) => r.metric === "nguon_tin")!;
    expect(tips).toMatchObject({ proposed: true, note: "", note_en: "" });
    expect(candidateCells(tips, ["metric", "value", "source"])).toEqual(["TODO:nguon_tin", "340", "test-1"]);
    expect(candidateCells(rows[0]!, ["metric"])).toEqual(["models"]);
  });

  it("says unknown rather than guessing wildly", () => {
    const row = one("Năm nay có 37 sản phẩm được công nhận.");
    expect(row).toMatchObject({ metric: "unknown", proposed: false, value: 37 });
    expect(candidateCells(row, ["metric"])).toEqual(["TODO"]);
  });

  it("fills the source column and gives each row its line and column", () => {
    const [row] = extract("Dòng đầu.\nToàn tỉnh có 28 mô hình quần chúng.");
    expect(row).toMatchObject({ source: "test-1", line: 2, column: 14 });
  });
});

describe("extractFigures on phrasings that once fooled it", () => {
  it.each([
    ["Hằng năm tổ chức hội nghị sơ kết phong trào."],
    ["Trong năm người dân tích cực tham gia phong trào."],
    ["Đến 2023 toàn tỉnh có nhiều chuyển biến."],
  ])("%s → nothing", (text) => expect(extract(text)).toEqual([]));

  it.each([
    ["Toàn tỉnh có 38 cụm an ninh với tổng số 319 thành viên.", [38, 319]],
    ["Mỗi năm 120 vụ được làm rõ.", [120]],
    ["Tỉnh có 83 mô hình. 20 tập thể được khen.", [83, 20]],
  ])("%s → %j", (text, expected) => expect(values(text)).toEqual(expected));
});
