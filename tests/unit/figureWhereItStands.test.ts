import { describe, expect, it } from "vitest";
import { AWARDS, metric, verify } from "../helpers/verifyRow.ts";

// Issue 21, kinds 1, 2 and 4: a row is verified where its quote stands in its article. Every article here is
// written for the test.
const COUNT = metric();

describe("a cropped quote is refused, with the article's words to quote instead (kind 1)", () => {
  const article = "Trong 10 năm, Công an tỉnh đã triệt phá trên 400 ổ nhóm tội phạm hình sự và lập 1.078 hồ sơ đề nghị cai nghiện. Hiện có 12.345 người tham gia tự quản, 366 đợt phát động trở lên được tổ chức.";

  it("leaves out the bound word the article writes before the number", () => {
    expect(verify(article, COUNT, 400, "exact", "400 ổ nhóm tội phạm hình sự")).toEqual([expect.stringMatching(/leaves out "trên" before it.*quote "trên 400 ổ nhóm tội phạm hình sự"/)]);
    expect(verify(article, COUNT, 400, "over", "trên 400 ổ nhóm tội phạm hình sự")).toEqual([]);
  });

  it("leaves out the bound the article writes after the number", () => {
    expect(verify(article, COUNT, 366, "exact", "366 đợt phát động")).toEqual([expect.stringMatching(/leaves out "trở lên" after it.*quote "366 đợt phát động trở lên"/)]);
    expect(verify(article, COUNT, 366, "at_least", "366 đợt phát động trở lên")).toEqual([]);
  });

  it("starts inside a number", () => {
    expect(verify(article, COUNT, 78, "exact", "78 hồ sơ đề nghị cai nghiện")).toEqual([expect.stringMatching(/starts inside the number "1\.078".*quote "1\.078 hồ sơ đề nghị cai nghiện" and write the whole number, 1078/)]);
    expect(verify(article, COUNT, 1078, "exact", "1.078 hồ sơ đề nghị cai nghiện")).toEqual([]);
    // The quote alone already tells: it states 1.078, and 78 is not what it says.
    expect(verify(article, COUNT, 78, "exact", "1.078 hồ sơ đề nghị cai nghiện")).toEqual([expect.stringMatching(/the quote states 1\.078, not 78: write the whole number \(1078\)/)]);
  });

  it("ends inside a number", () => {
    expect(verify(article, COUNT, 12, "exact", "Hiện có 12")).toEqual([expect.stringMatching(/ends inside the number "12\.345".*write the whole number, 12345/)]);
  });

  it("a quote the article does not hold is still refused as such", () => {
    expect(verify(article, COUNT, 400, "over", "trên 400 ổ nhóm ma túy")).toEqual([expect.stringMatching(/is not in the article thu-1\.txt as written/)]);
  });
});

describe("a figure that is not a total is refused unless its metric says it is one (kind 2)", () => {
  it("one end of a range", () => {
    const article = "Toàn tỉnh thành lập từ 300 đến 400 tổ tự quản ở khu dân cư.";
    expect(verify(article, COUNT, 400, "exact", "400 tổ tự quản")).toEqual([expect.stringMatching(/quote "từ 300 đến 400 tổ tự quản"/)]);
    expect(verify(article, COUNT, 400, "exact", "từ 300 đến 400 tổ tự quản")).toEqual([expect.stringMatching(/gives a range \("300 đến 400"\).*reading = range_end/)]);
    expect(verify(article, metric({ reading: "range_end" }), 400, "exact", "từ 300 đến 400 tổ tự quản")).toEqual([]);
  });

  it("the start of a change", () => {
    const article = "Số mô hình tự quản tăng từ 27 mô hình năm 2013 lên hơn 40 mô hình năm 2023.";
    expect(verify(article, COUNT, 27, "exact", "tăng từ 27 mô hình")).toEqual([expect.stringMatching(/27 is the value a change started from, not a total.*reading = change_start/)]);
    expect(verify(article, COUNT, 40, "over", "lên hơn 40 mô hình")).toEqual([]);
  });

  it("an increase read as a count", () => {
    const article = "So với năm trước, năm nay tăng 366 đợt phát động phong trào.";
    expect(verify(article, COUNT, 366, "exact", "366 đợt phát động phong trào")).toEqual([expect.stringMatching(/leaves out "tăng" before it/)]);
    expect(verify(article, COUNT, 366, "exact", "tăng 366 đợt phát động phong trào")).toEqual([expect.stringMatching(/an increase or decrease, not a count.*reading = change/)]);
    expect(verify(article, metric({ reading: "change" }), 366, "exact", "tăng 366 đợt phát động phong trào")).toEqual([]);
    // "tăng cường" is "step up", not "increase by".
    expect(verify("Công an tăng cường 30 đợt cao điểm.", COUNT, 30, "exact", "30 đợt cao điểm")).toEqual([]);
  });

  it("words that only look like a range or a change are not one", () => {
    expect(verify("Từ 2013 đến nay có 400 mô hình tự quản.", COUNT, 400, "exact", "có 400 mô hình tự quản")).toEqual([]);
    expect(verify("Các thôn từ 10 hộ trở lên có 25 tổ tự quản.", COUNT, 25, "exact", "có 25 tổ tự quản")).toEqual([]);
    expect(verify("Số mô hình tăng lên 40 mô hình.", COUNT, 40, "exact", "tăng lên 40 mô hình")).toEqual([]);
    expect(verify("Toàn tỉnh thành lập từ 300 tổ đến hơn 400 tổ tự quản.", COUNT, 400, "over", "hơn 400 tổ tự quản")).toEqual([expect.stringMatching(/leaves out "từ 300 tổ đến" before it/)]);
  });

  it("a bound taken from another occurrence of the same number in the quote", () => {
    const article = "Năm 2013 tỉnh có 12 cụm an ninh, nay có hơn 12 cụm an ninh liên xã.";
    const quote = "có 12 cụm an ninh, nay có hơn 12 cụm an ninh";
    expect(verify(article, COUNT, 12, "over", quote)).toEqual([expect.stringMatching(/states 12 twice and reads it two ways \("12" and "hơn 12"\)/)]);
    expect(verify(article, COUNT, 12, "over", "nay có hơn 12 cụm an ninh")).toEqual([]);
  });

  it("a metric that publishes a change refuses a total", () => {
    expect(verify("Toàn tỉnh có 83 mô hình.", metric({ reading: "change" }), 83, "exact", "83 mô hình")).toEqual([expect.stringMatching(/publishes an increase or decrease.*which is a total/)]);
  });
});

describe("who gave an award is compared with the metric's award_level (kind 4)", () => {
  const article = "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 25 tập thể, 25 cá nhân có thành tích xuất sắc.";

  it("the police director's awards cannot be published as the provincial chair's", () => {
    expect(verify(article, AWARDS.chair, 25, "exact", "25 tập thể, 25 cá nhân")).toEqual([expect.stringMatching(/the article says these awards were given by the provincial police director.*award_level is police_director/)]);
    expect(verify(article, AWARDS.chair, 25, "exact", "Giám đốc Công an tỉnh tặng Giấy khen cho 25 tập thể")).toEqual([expect.stringMatching(/^the quote says these awards were given by the provincial police director/)]);
    expect(verify(article, AWARDS.police, 25, "exact", "25 tập thể, 25 cá nhân")).toEqual([]);
  });

  it("the award is whose it is ('bằng khen của …'), whoever hands it over", () => {
    const given = "Chủ tịch Ủy ban MTTQ tỉnh trao bằng khen của Chủ tịch UBND tỉnh cho 12 cá nhân xuất sắc.";
    expect(verify(given, AWARDS.chairPeople, 12, "exact", "12 cá nhân xuất sắc")).toEqual([]);
    expect(verify(given, AWARDS.front, 12, "exact", "12 cá nhân xuất sắc")).toEqual([expect.stringMatching(/chair of the provincial People's Committee \(ppc_chair\), but award_vff_individual/)]);
    const front = "Ủy ban Mặt trận Tổ quốc tỉnh Bình Thử tặng Bằng khen cho 5 tập thể, 5 cá nhân.";
    expect(verify(front, AWARDS.front, 5, "exact", "5 tập thể, 5 cá nhân")).toEqual([]);
  });

  it("an award given without a count is compared too", () => {
    const given = "Giám đốc Công an tỉnh trao giấy khen của Giám đốc Công an tỉnh cho các tập thể.";
    expect(verify(given, AWARDS.chair, null, "unquantified", "trao giấy khen của Giám đốc Công an tỉnh cho các tập thể")).toEqual([expect.stringMatching(/police director/)]);
    expect(verify(given, AWARDS.police, null, "unquantified", "trao giấy khen của Giám đốc Công an tỉnh cho các tập thể")).toEqual([]);
  });
});

// Issue 22: the extractor's proposals pass these readings unchanged, so they read what each clause says.
describe("who gave an award is read in the figure's clause, at the province's level", () => {
  it("reads the body of the clause, not the first of its sentence", () => {
    const both = "Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể; Giám đốc Công an tỉnh tặng Giấy khen cho 30 tập thể.";
    expect(verify(both, AWARDS.police, 30, "exact", "30 tập thể")).toEqual([]);
    expect(verify(both, AWARDS.chair, 30, "exact", "30 tập thể")).toEqual([expect.stringMatching(/provincial police director/)]);
    const many = "Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể; Ủy ban MTTQ tỉnh cũng tặng Bằng khen cho nhiều tập thể có thành tích.";
    expect(verify(many, AWARDS.police, null, "unquantified", "nhiều tập thể có thành tích")).toEqual([expect.stringMatching(/Fatherland Front/)]);
  });

  it("a district's chair is not the province's", () => {
    const district = "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể.";
    expect(verify(district, AWARDS.police, 12, "exact", "12 tập thể")).toEqual([]);
    const province = "Tại hội nghị, Chủ tịch UBND tỉnh tặng Giấy khen cho 12 tập thể.";
    expect(verify(province, AWARDS.police, 12, "exact", "12 tập thể")).toEqual([expect.stringMatching(/People's Committee/)]);
  });
});

describe("'số' (the number of) before what is counted", () => {
  it("is read through: '100% số xã' counts communes", () => {
    const share = metric({ id: "communes_share", unit: "percent", keywords_vi: "xã" });
    const text = "Công an chính quy đã về đạt 100% số xã, thị trấn.";
    expect(verify(text, share, 100, "exact", "đạt 100% số xã, thị trấn")).toEqual([]);
    expect(verify("Có 100% số hộ dân ký cam kết.", share, 100, "exact", "100% số hộ dân")).toEqual([expect.stringMatching(/do not name what communes_share counts/)]);
  });
});
