// Test articles written for the extractor's tests, in the style of Vietnamese provincial and district press
// reports on the ten-year review of Coordination Program No. 09. The places are made up and so are the figures.
// Each article comes with its answer key, labelled by hand: the figures an editor would keep, as
// [metric id (dictionary or the id the words should give), value (null when only "many"), qualifier].
// Issue 22 changed some of these ids as that issue asks: a new id names what is counted and what qualifies it
// ("nguồn tin có giá trị", attendance by what was attended, members by what they are members of, money as
// "tiền"), attendance is campaign_participant_turns only at a launch, and models only a province's headline.

/** One test article and the figures an editor keeps from it. */
export interface ReviewArticle {
  name: string;
  text: string;
  key: readonly (readonly [string, number | null, string])[];
}

export const REVIEW_ARTICLES: readonly ReviewArticle[] = [
  {
    // A rounded headline figure said twice beside the exact one; the "two units" boilerplate; "Nhiều người
    // dân" as a subject; "nhiều mô hình" beside a stated count; "181 địa bàn cấp xã"; "615 tổ, nhóm".
    name: "district, headline and boilerplate",
    text: [
      "Lâm Sơn: hơn 650 mô hình tự quản giữ bình yên thôn xóm",
      "Sau 10 năm thực hiện Chương trình phối hợp số 09, huyện Lâm Sơn đã xây dựng hơn 650 mô hình tự quản về an ninh, trật tự.",
      "Chiều 14/6, Công an huyện Lâm Sơn phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết 10 năm thực hiện chương trình phối hợp giữa hai đơn vị về phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2013-2023.",
      "Theo báo cáo, toàn huyện hiện có 654 mô hình tự quản, nhiều mô hình hoạt động hiệu quả và được nhân rộng. Phong trào được triển khai đồng bộ tại 181 địa bàn cấp xã, thu hút trên 96.000 lượt người tham gia.",
      "Nhiều người dân đã chủ động cung cấp cho cơ quan công an 1.240 nguồn tin có giá trị, giúp làm rõ 318 vụ phạm tội về trật tự xã hội.",
      "Các địa phương duy trì 615 tổ, nhóm tự quản và gần 400 tổ hòa giải ở cơ sở.",
      "Ảnh: Quang Minh",
    ].join("\n"),
    key: [
      ["mo_hinh_tu_quan", 654, "exact"],
      ["dia_ban_cap_xa", 181, "exact"],
      ["luot_nguoi_tham_gia", 96000, "over"],
      ["nguon_tin_co_gia_tri", 1240, "exact"],
      ["social_order_crimes_solved", 318, "exact"],
      ["to_nhom_tu_quan", 615, "exact"],
      ["mediation_groups", 400, "nearly"],
    ],
  },
  {
    // Sub-types listed after the headline count of models; "10 loại mô hình", "130 diễn đàn", "122 tuyến
    // đường"; explosives whose id must stop at "cùng nhiều".
    name: "province, models and their kinds",
    text: [
      "Tỉnh Đông Hải tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Sáng 20/5, Ban Chỉ đạo tỉnh Đông Hải tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013 – 2023.",
      "Mười năm qua, các cấp đã xây dựng, củng cố 1.250 mô hình thuộc 10 loại mô hình, trong đó có 320 mô hình camera an ninh, 215 mô hình “Con đường tự quản” và 86 mô hình “Khu dân cư không có tội phạm”.",
      "Ủy ban MTTQ các cấp tổ chức 130 diễn đàn để lắng nghe ý kiến nhân dân, vận động nhân dân thắp sáng 122 tuyến đường nông thôn.",
      "Lực lượng công an triệt phá 47 ổ nhóm tội phạm, bắt giữ 36 đối tượng truy nã, thu giữ 12,5 kg thuốc nổ cùng nhiều kíp nổ và vũ khí tự chế.",
      "Đến nay, 98,6% khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”.",
    ].join("\n"),
    key: [
      ["models", 1250, "exact"],
      ["loai_mo_hinh", 10, "exact"],
      ["mo_hinh_camera_an_ninh", 320, "exact"],
      ["mo_hinh_con_duong_tu_quan", 215, "exact"],
      ["mo_hinh_khu_dan_cu_khong_co_toi_pham", 86, "exact"],
      ["dien_dan", 130, "exact"],
      ["tuyen_duong_nong_thon", 122, "exact"],
      ["criminal_gangs_dismantled", 47, "exact"],
      ["wanted_persons_caught", 36, "exact"],
      ["kg_thuoc_no", 12.5, "exact"],
      ["safe_residential_share", 98.6, "exact"],
    ],
  },
  {
    // The same measures as the first article in other words and spellings ("tổ nhóm", "tổ hoà giải"); campaign
    // figures joined by "với", whose quotes must stop before the second figure; awards.
    name: "province, launches and awards",
    text: [
      "Bắc Thủy: Phát huy sức mạnh toàn dân trong bảo vệ an ninh Tổ quốc",
      "(TT) - Ngày 7/6, Công an tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Thủy tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 giữa hai ngành.",
      "Giai đoạn 2013 - 2023, các địa phương tổ chức trên 1.100 đợt phát động với hơn 420.000 lượt người tham gia. Toàn tỉnh có 2.316 tổ nhóm tự quản, khoảng 1.050 tổ hoà giải và 38 cụm an ninh.",
      "Quần chúng nhân dân đã cung cấp 3.415 nguồn tin về tội phạm, tham gia giải quyết hàng nghìn vụ việc ngay tại cơ sở.",
      "Nhiều mô hình hay được duy trì như “Camera an ninh”, “Tổ liên gia tự quản”.",
      "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể, 22 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 30 tập thể, 41 cá nhân có thành tích xuất sắc.",
    ].join("\n"),
    key: [
      ["campaign_launches", 1100, "over"],
      ["campaign_participant_turns", 420000, "over"],
      ["to_nhom_tu_quan", 2316, "exact"],
      ["mediation_groups", 1050, "about"],
      ["security_clusters", 38, "exact"],
      ["nguon_tin_toi_pham", 3415, "exact"],
      ["vu_viec", null, "unquantified"],
      ["models", null, "unquantified"],
      ["award_ppc_chair_collective", 15, "exact"],
      ["award_ppc_chair_individual", 22, "exact"],
      ["award_police_director_collective", 30, "exact"],
      ["award_police_director_individual", 41, "exact"],
    ],
  },
  {
    // A town's review: numbers in words, a share, money, and sentences that start with "Nhiều".
    name: "town, words and money",
    text: [
      "Thị xã Hòa Phong tổng kết Chương trình phối hợp số 09",
      "Chiều 2/6, UBND thị xã Hòa Phong tổng kết 10 năm thực hiện Chương trình phối hợp giữa hai lực lượng. Nhiều đại biểu đánh giá phong trào đã đi vào chiều sâu.",
      "Thị xã hiện có 126 tổ tự quản về an ninh trật tự, ba câu lạc bộ “Phòng, chống ma túy” và 100% xã, phường có công an chính quy.",
      "Nhân dân đóng góp hơn 2,3 tỷ đồng và 14.500 ngày công để lắp đặt 312 camera giám sát.",
      "Nhiều người dân tích cực tham gia tuần tra cùng lực lượng công an. Các lực lượng đã tổ chức 86 buổi tuyên truyền pháp luật cho gần 9.000 lượt người dự.",
      "Trong 10 năm, tội phạm về trật tự xã hội giảm 27,4%.",
    ].join("\n"),
    key: [
      ["self_managed_teams", 126, "exact"],
      ["cau_lac_bo_phong_chong_ma_tuy", 3, "exact"],
      ["communes_with_regular_police_share", 100, "exact"],
      ["tien_dong_gop", 2.3e9, "over"],
      ["ngay_cong", 14500, "exact"],
      ["camera_giam_sat", 312, "exact"],
      ["buoi_tuyen_truyen_phap_luat", 86, "exact"],
      ["luot_nguoi_tham_gia_tuyen_truyen_phap_luat", 9000, "nearly"],
      ["unknown", 27.4, "exact"],
    ],
  },
  {
    // Enforcement results after the review, with dates and document numbers around them.
    name: "province police results",
    text: [
      "Ninh Lâm: 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Thực hiện Kế hoạch số 145/KH-CAT ngày 12/3/2023, Công an tỉnh Ninh Lâm đã tổng kết Chương trình phối hợp số 09 giữa hai cơ quan.",
      "Mười năm qua, lực lượng công an đã triệt phá 215 ổ nhóm tội phạm hình sự, 64 đường dây mua bán ma túy, triệt xóa 132 tụ điểm; bắt, vận động 1.028 đối tượng truy nã ra đầu thú.",
      "Qua phong trào, nhân dân đã giao nộp 1.356 khẩu súng các loại, hàng nghìn viên đạn.",
      "Toàn tỉnh xây dựng 512 mô hình, nhân rộng ra 1.804 địa bàn cơ sở; 95,2% cơ quan, doanh nghiệp, nhà trường đạt chuẩn an toàn về an ninh, trật tự.",
      "Nhiều mô hình được Bộ Công an khen thưởng.",
    ].join("\n"),
    key: [
      ["criminal_gangs_dismantled", 215, "exact"],
      ["drug_lines_dismantled", 64, "exact"],
      ["drug_spots_eliminated", 132, "exact"],
      ["wanted_persons_caught", 1028, "exact"],
      ["khau_sung_cac_loai", 1356, "exact"],
      ["vien_dan", null, "unquantified"],
      ["models", 512, "exact"],
      ["model_replication_areas", 1804, "exact"],
      ["safe_agencies_share", 95.2, "exact"],
    ],
  },
  {
    // A rounded headline ("gần 3.000") before the exact count; a share in the lead; figures in one long sentence.
    name: "district, rounded headline",
    text: [
      "Huyện Tân Phú có gần 3.000 tổ hòa giải",
      "Tổng kết 10 năm Chương trình phối hợp số 09, huyện Tân Phú cho biết đã có gần 3.000 tổ hòa giải được thành lập ở cơ sở.",
      "Cụ thể, toàn huyện có 2.984 tổ hòa giải với 14.920 thành viên, giải quyết thành công 6.210 vụ việc; 92% khu dân cư đạt chuẩn an toàn về an ninh, trật tự.",
      "Nhiều tập thể, cá nhân được biểu dương.",
      "Công an huyện đã tổ chức 24 đợt cao điểm tấn công trấn áp tội phạm.",
    ].join("\n"),
    key: [
      ["mediation_groups", 2984, "exact"],
      ["thanh_vien_to_hoa_giai", 14920, "exact"],
      ["vu_viec_giai_quyet_thanh_cong", 6210, "exact"],
      ["safe_residential_share", 92, "exact"],
      ["peak_crackdown_campaigns", 24, "exact"],
    ],
  },
  {
    // Written after the rules above, as a check on them: boilerplate naming both signatories, a part of the
    // models total, "nhiều cá nhân" as a subject. Its one miss (the job title "hòa giải viên" named unknown)
    // added job titles to the counted nouns.
    name: "province, written last",
    text: [
      "Phú Lâm: Phong trào toàn dân bảo vệ an ninh Tổ quốc ngày càng lan tỏa",
      "(PL) - Sáng 9/6, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Phú Lâm tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 8/8/2013 giữa Bộ Công an và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.",
      "Báo cáo tại hội nghị cho biết, 10 năm qua, lãnh đạo hai cơ quan đã chỉ đạo xây dựng, nhân rộng 1.432 mô hình, điển hình tiên tiến; trong đó, 96 mô hình được UBND tỉnh công nhận.",
      "Các cấp đã tổ chức 2.150 hội nghị tuyên truyền với hơn 286.000 lượt người dự; phát hành trên 45.000 tờ rơi, tài liệu.",
      "Nhờ đó, quần chúng nhân dân đã cung cấp cho lực lượng công an hơn 7.200 nguồn tin có giá trị, giúp phát hiện, xử lý 1.185 vụ vi phạm pháp luật.",
      "Hiện toàn tỉnh có 4.018 tổ tự quản, 1.226 tổ hòa giải với gần 7.500 hòa giải viên; 97,5% khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự.",
      "Nhiều cá nhân điển hình đã được biểu dương. Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể và 25 cá nhân.",
    ].join("\n"),
    key: [
      ["models", 1432, "exact"],
      ["mo_hinh_ubnd_tinh_cong_nhan", 96, "exact"],
      ["hoi_nghi_tuyen_truyen", 2150, "exact"],
      ["luot_nguoi_tham_gia_tuyen_truyen", 286000, "over"],
      ["to_roi_tai_lieu", 45000, "over"],
      ["nguon_tin_co_gia_tri", 7200, "over"],
      ["vu_vi_pham_phap_luat", 1185, "exact"],
      ["self_managed_teams", 4018, "exact"],
      ["mediation_groups", 1226, "exact"],
      ["hoa_giai_vien", 7500, "nearly"],
      ["safe_residential_share", 97.5, "exact"],
      ["award_ppc_chair_collective", 20, "exact"],
      ["award_ppc_chair_individual", 25, "exact"],
    ],
  },
];
