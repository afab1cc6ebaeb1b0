import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { extractFigures } from "../../src/lib/extract/extractFigures.ts";
import { realFiles } from "../helpers/project.ts";

const { metrics } = validateProject(realFiles()).dataset;
const extract = (text: string) => extractFigures(text, metrics, "test-1");

// Issue 22, second round: general rules found on the held-out articles, each in sentences of our own.
describe("general rules of the second round", () => {
  it("never proposes a target, a plan or a request as a result", () => {
    expect(extract("Thời gian tới, mỗi thôn phấn đấu xây dựng ít nhất 2 mô hình tự quản.")).toEqual([]);
    expect(extract("Năm 2024, tỉnh sẽ nhân rộng thêm 40 mô hình camera an ninh.")).toEqual([]);
    expect(extract("Đồng chí Chủ tịch đề nghị mỗi xã có tối thiểu 1 tổ hòa giải kiểu mẫu.")).toEqual([]);
    // A file that proposes a measure is a result: "lập hồ sơ đề nghị đưa 30 người …".
    expect(extract("Công an tỉnh đã lập hồ sơ đề nghị đưa 30 người vào cơ sở giáo dục bắt buộc.").map((r) => r.metric)).toEqual(["compulsory_education_referrals"]);
    expect(extract("Cơ quan điều tra đã đề nghị truy tố 50 bị can, đề nghị khởi tố 42 vụ.").map((r) => r.value)).toEqual([50, 42]);
    expect(extract("Phong trào đạt và vượt mục tiêu với 95% khu dân cư đạt chuẩn an toàn về an ninh trật tự.").map((r) => r.value)).toEqual([95]);
    expect(extract("Mục tiêu đến năm 2025 có 95% khu dân cư đạt chuẩn an toàn về an ninh trật tự.")).toEqual([]);
    // "cần thiết" (needed) is no request: the figures after it are results.
    expect(extract("Người dân đã cung cấp nhiều thông tin cần thiết, giúp làm rõ 30 vụ phạm tội.").map((r) => r.value)).toEqual([30]);
    expect(extract("Với sự phối hợp cần thiết, lực lượng công an triệt phá 12 ổ nhóm tội phạm.").map((r) => r.value)).toEqual([12]);
    expect(extract("Thời gian tới cần nhân rộng thêm 20 mô hình.")).toEqual([]);
    // So is what was set up in each unit, stated without a floor.
    expect(extract("Toàn tỉnh có 312 tổ hòa giải.").map((r) => r.value)).toEqual([312]);
  });

  it("quotes a list of units with its predicate, and lists of people and pairs of words whole", () => {
    const quotes = (text: string) => extract(text).map((r) => r.quote);
    // "nhiều năm" says how long, not how many: the phrase goes on to what the units are.
    expect(quotes("Có 12 thôn, bản nhiều năm liền không có ma túy.")).toEqual(["12 thôn, bản nhiều năm liền không có ma túy"]);
    // "tổ chức" listed after what is counted is a noun; organising something counted it is a verb.
    expect(quotes("Huyện duy trì 310 mô hình, tổ chức quần chúng tự quản.")).toEqual(["310 mô hình, tổ chức quần chúng tự quản"]);
    expect(quotes("Huyện có 28 mô hình, tổ chức 30 buổi tuyên truyền.")).toEqual(["28 mô hình", "30 buổi tuyên truyền"]);
    expect(quotes("Xã có 40 tổ viên là già làng, trưởng bản và người có uy tín.")[0]).toBe("40 tổ viên là già làng, trưởng bản và người có uy tín");
    expect(quotes("Đã tổ chức 60 đợt ra quân, phát động phong trào toàn dân.")).toEqual(["60 đợt ra quân, phát động phong trào toàn dân"]);
  });

  it("knows the dictionary's measures in the other words reporters use for them", () => {
    const ids = (text: string) => extract(text).map((r) => r.metric);
    expect(ids("Các cấp tổ chức 120 buổi ra quân, phát động phong trào.")).toEqual(["campaign_launches"]);
    // Replication areas are the villages and wards models reached, whatever the article calls them.
    expect(ids("Mô hình được nhân rộng ra 640 thôn, bản.")).toEqual(["model_replication_areas"]);
    expect(ids("Toàn tỉnh có 640 thôn, bản.")).not.toEqual(["model_replication_areas"]);
    expect(ids("Có 20 cụm liên kết an ninh với 210 thành viên.")).toEqual(["security_clusters", "security_cluster_members"]);
    expect(ids("Trong đó có 15 mô hình gắn với thực hiện Chương trình phối hợp số 09.")).toEqual(["models_program_09"]);
  });

  it("names a list of units with what is said of them for the first unit and its predicate, in any words of time", () => {
    const named = (text: string) => extract(text).map((r) => [r.metric, r.definition?.group]);
    expect(named("Có 30 xã, phường, thị trấn nhiều năm liền không có ma túy.")).toEqual([["xa_khong_co_ma_tuy", "safety"]]);
    expect(named("Đến nay 19 xã và thị trấn liên tục không có ma túy.")).toEqual([["xa_khong_co_ma_tuy", "safety"]]);
    expect(named("Có 12/12 xã, thị trấn ký quy chế phối hợp.")).toEqual([["xa_ky_quy_che_phoi_hop", "organisations"]]);
    // A list with nothing said of it is the name itself.
    expect(named("Toàn tỉnh có 828 cơ quan, doanh nghiệp, trường học.")[0]![0]).toBe("co_quan_doanh_nghiep_truong_hoc");
  });

  it("names a bare sum of money for what its clause says it is, never just 'tien'", () => {
    const ids = (text: string) => extract(text).map((r) => r.metric);
    expect(ids("Quỹ hỗ trợ người lầm lỗi của các xã vận động được 120 triệu đồng.")).toEqual(["quy_ho_tro_nguoi_lam_loi"]);
    expect(ids("Tổng số tiền ủng hộ đạt gần 2 tỷ đồng.")).toEqual(["tien_ung_ho"]);
    expect(ids("Các hộ kinh doanh đã ủng hộ 300 triệu đồng.")).toEqual(["tien_ung_ho"]);
    // What the words after the sum say of it still names it.
    expect(ids("Đã huy động 1,2 tỷ đồng cho Quỹ an ninh trật tự.")[0]).toMatch(/^tien_quy_an_ninh/);
  });

  it("names bare cases ('vụ việc') for what was done with them", () => {
    expect(extract("Năm qua, các tổ hòa giải đã hòa giải thành công 320 vụ việc.").map((r) => [r.metric, r.definition?.group])).toEqual([["vu_viec_hoa_giai_thanh_cong", "organisations"]]);
  });

  it("names things for who runs them, in the short name of the organisation", () => {
    expect(extract("Toàn huyện có 9 mô hình do Hội Liên hiệp Phụ nữ quản lý.").map((r) => r.metric)).toEqual(["mo_hinh_do_hoi_phu_nu_quan_ly"]);
    expect(extract("Toàn huyện có 9 mô hình do Hội Phụ nữ quản lý.").map((r) => r.metric)).toEqual(["mo_hinh_do_hoi_phu_nu_quan_ly"]);
  });

  it("names events counted bare, and their attendance, for the line of work their clause is about", () => {
    expect(extract("Công tác tuyên truyền, giáo dục pháp luật được đẩy mạnh với 900 buổi tuyên truyền, 60.000 lượt người dự.").map((r) => r.metric)).toEqual([
      "buoi_tuyen_truyen_phap_luat",
      "luot_nguoi_tham_gia_tuyen_truyen_phap_luat",
    ]);
    expect(extract("Công tác phòng cháy chữa cháy được quan tâm với 40 buổi diễn tập.").map((r) => r.metric)).toEqual(["buoi_dien_tap_phong_chay_chua_chay"]);
    // Events that say what they were about keep their own words.
    expect(extract("Công tác tuyên truyền được đẩy mạnh với 900 buổi tuyên truyền lưu động.").map((r) => r.metric)).toEqual(["buoi_tuyen_truyen_luu_dong"]);
  });

  it("quotes recipients of awards to the award their clause says they received", () => {
    const quotes = (text: string) => extract(text).map((r) => r.quote);
    expect(quotes("Dịp này, 9 cá nhân có nhiều đóng góp trong 10 năm qua được Giám đốc Công an tỉnh tặng Giấy khen.")).toEqual(["9 cá nhân có nhiều đóng góp trong 10 năm qua được Giám đốc Công an tỉnh tặng Giấy khen"]);
    // Each recipient count of a list keeps its own quote.
    expect(quotes("Dịp này, 4 tập thể, 9 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.")).toEqual(["4 tập thể", "9 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen"]);
  });

  it("names a share stated as the rate of the count before it for what that count did", () => {
    const [count, rate] = extract("Các tổ hòa giải đã hòa giải thành công 640 vụ việc, bằng 91,2% số vụ việc tiếp nhận.");
    expect([count?.metric, rate?.metric, rate?.definition?.group, rate?.definition?.keywords_vi]).toEqual(["vu_viec_hoa_giai_thanh_cong", "ty_le_hoa_giai_thanh_cong", "organisations", "vụ việc@hòa giải thành công"]);
    // A share of its own is named for what it counts.
    expect(extract("Có 91,2% số vụ việc được hòa giải thành công.")[0]?.metric).not.toMatch(/^ty_le/);
  });

  it("names suspects counted after their criminal groups for the group and its crime", () => {
    const ids = extract("Lực lượng Công an triệt phá 15 ổ nhóm tội phạm cờ bạc với 120 đối tượng.").map((r) => r.metric);
    expect(ids[1]).toBe("doi_tuong_o_nhom_toi_pham");
    expect(extract("Công an bắt 40 đối tượng.")[0]?.metric).not.toMatch(/o_nhom/);
  });

  it("names bare suspects and cases for what was done with them", () => {
    expect(extract("Công an huyện đã bắt giữ 45 đối tượng.")[0]?.metric).toBe("doi_tuong_bat_giu");
    expect(extract("Lực lượng chức năng phát hiện 30 vụ.")[0]?.metric).toBe("vu_phat_hien");
  });

  it("names places counted in a passive clause for what was done there", () => {
    const [c] = extract("Hằng năm, “Ngày hội đại đoàn kết” được tổ chức tại 540 thôn, bản.");
    expect([c?.metric, c?.definition?.keywords_vi]).toEqual(["thon_to_chuc_ngay_hoi", "thôn, bản@ngày hội"]);
  });

  it("never ends an id cut by the cap in the middle of a phrase", () => {
    const [c] = extract("Có 88% thôn, bản đạt tiêu chuẩn an toàn về an ninh trật tự.");
    expect([c?.metric, c?.definition?.group]).toEqual(["thon_dat_chuan_an_toan", "safety"]);
  });

  it("puts places free of crime or social evils in safety, and names cases solved for what was done", () => {
    const [c] = extract("Có 25 xã được công nhận “Xã không có tệ nạn xã hội”.");
    expect(c?.definition?.group).toBe("safety");
    expect(extract("Quần chúng giúp làm rõ 70 vụ án.")[0]?.metric).toBe("vu_an_lam_ro");
  });

  it("names a share that counts nothing after it for the rate its clause names before it", () => {
    const [c] = extract("Nhờ đó, tỷ lệ tái phạm tội chỉ còn dưới 2%.");
    expect([c?.metric, c?.value, c?.qualifier, c?.definition?.unit]).toEqual(["ty_le_tai_pham_toi", 2, "at_most", "percent"]);
    expect(extract("Tỷ lệ khám phá án đạt 85%.")[0]?.metric).toBe("ty_le_kham_pha_an");
  });

  it("names what a number counts for a long name after a verb by its first words, and units joined by 'với' for their body", () => {
    expect(extract("Có 100% xã tổ chức Tuần lễ cao điểm phòng cháy chữa cháy hằng năm.")[0]?.metric).toBe("xa_to_chuc_tuan_le");
    expect(extract("Toàn xã có 40 tổ liên gia với hơn 900 hộ tham gia.").map((r) => r.metric)).toEqual(["to_lien_gia", "ho_to_lien_gia"]);
  });

  it("never ends a quote on a word that leads to what was cut off, and reads 'giúp đỡ' as part of the phrase", () => {
    expect(extract("Có 86 người mãn hạn tù được giúp đỡ tìm việc làm.")[0]?.quote).toBe("86 người mãn hạn tù được giúp đỡ tìm việc làm");
    expect(extract("Có 86 người mãn hạn tù được, giúp ổn định cuộc sống.")[0]?.quote).toBe("86 người mãn hạn tù");
  });

  it("names a sum for what it paid for, and never splits a word of two syllables at the cap", () => {
    const [c] = extract("Nhân dân góp hơn 3 tỷ đồng xây dựng các công trình an ninh trật tự.");
    expect([c?.metric, c?.definition?.keywords_vi]).toEqual(["tien_xay_dung_cong_trinh", "đồng xây dựng các công trình"]);
  });

  it("puts cases solved in enforcement, whoever helped", () => {
    expect(extract("Quần chúng giúp khám phá 90 vụ án.")[0]?.definition?.group).toBe("enforcement");
  });

  it("never gives the police group to places for their name alone", () => {
    const group = (text: string) => extract(text)[0]?.definition?.group;
    expect(group("Đến nay 18 xã, phường đã sáp nhập.")).not.toBe("police");
    expect(group("Toàn huyện có 45 thôn thành lập ban bảo vệ dân phố.")).toBe("organisations");
    expect(extract("Có 30 xã được công nhận đạt chuẩn tiếp cận pháp luật.")[0]?.metric).toBe("xa_cong_nhan_dat_chuan_tiep_can");
  });

  it("names a share of people for what became of them, the rate of re-offending whoever they were", () => {
    const [c] = extract("Chỉ có 2,1% số người chấp hành xong án phạt tù về địa phương tái phạm.");
    expect([c?.metric, c?.definition?.group, c?.definition?.unit]).toEqual(["ty_le_tai_pham", "enforcement", "percent"]);
    expect(extract("Có 60% số người mãn hạn tù có việc làm ổn định.")[0]?.metric).not.toBe("ty_le_tai_pham");
  });
});
