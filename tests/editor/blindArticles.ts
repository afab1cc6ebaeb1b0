// A blind set for the extractor (issue 22): six articles and their key, written by a helper that never saw the
// extractor, its tests or the other sets; places and figures are made up. It is MEASURED, never tuned on:
// `npm run bench:extractor` prints the extractor's scores on it beside the two sets the tests assert
// (acceptArticles.ts, heldOutArticles.ts). A rule written to pass one of its cards would make its score a
// tuned one: write rules from other text, then read the score here. Same format as acceptArticles.ts.
import type { AcceptArticle } from "./acceptArticles.ts";

export const BLIND_ARTICLES: readonly AcceptArticle[] = [
  // 1. Provincial daily — same conference as article 2.
  {
    name: "ha_luong_daily_review",
    province: "Hà Lương",
    text: [
      "Hà Lương: 10 năm phối hợp giữ bình yên từ thôn, xóm",
      "(BHL) - Sáng 14/6, Công an tỉnh phối hợp với Ủy ban MTTQ tỉnh Hà Lương tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giữa Bộ Công an với Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới” giai đoạn 2013-2023.",
      "Ảnh: Quang cảnh hội nghị.",
      "Báo cáo tổng kết cho biết, 10 năm qua các cấp, các ngành trong tỉnh đã tổ chức 412 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, thu hút trên 236.000 lượt người tham gia.",
      "Toàn tỉnh đã xây dựng mới và duy trì 96 mô hình “tự phòng, tự quản” về an ninh trật tự; trong đó 11 mô hình được xây dựng điểm rồi nhân rộng ra toàn tỉnh.",
      "Hiện toàn tỉnh có gần 6.900 tổ chức quần chúng tham gia bảo vệ an ninh trật tự ở cơ sở, trong đó có 52 cụm an ninh khu vực, 2.417 tổ hòa giải và hơn 1.850 tổ, đội tự quản.",
      "Quần chúng nhân dân đã cung cấp cho lực lượng chức năng hơn 4.300 nguồn tin có giá trị về tội phạm, góp phần khám phá nhiều vụ án nghiêm trọng.",
      "Hằng năm, bình quân 96,4% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”; khoảng 92% cơ quan, doanh nghiệp, nhà trường được công nhận đạt chuẩn.",
      "Công an tỉnh đã bố trí công an chính quy đảm nhiệm 100% xã, thị trấn, tạo chuyển biến rõ nét về an ninh trật tự ở cơ sở.",
      "Ảnh: Đại biểu tham luận tại hội nghị.",
      "Phát biểu chỉ đạo, đồng chí Lò Văn Thạch, Phó Chủ tịch UBND tỉnh, ghi nhận kết quả hai lực lượng đã đạt được và đề nghị đến năm 2028 mỗi xã phấn đấu có ít nhất 2 mô hình tự quản hoạt động hiệu quả.",
      "“Phong trào chỉ thực sự bền vững khi mỗi người dân là một tai mắt của lực lượng Công an”, đồng chí Lò Văn Thạch nhấn mạnh.",
      "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 27 cá nhân.",
      "Minh Khôi",
    ].join("\n"),
    key: [
      { value: 412, qualifier: "exact", quote: "412 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc", metric: "campaign_launches", measure: "ha_luong/campaign_launches" },
      { value: 236000, qualifier: "over", quote: "trên 236.000 lượt người tham gia", metric: "campaign_participant_turns", measure: "ha_luong/campaign_participant_turns" },
      { value: 96, qualifier: "exact", quote: "96 mô hình “tự phòng, tự quản” về an ninh trật tự", metric: "models", measure: "ha_luong/models" },
      { value: 11, qualifier: "exact", quote: "11 mô hình được xây dựng điểm rồi nhân rộng ra toàn tỉnh", metric: "models_pilot_replicated", measure: "ha_luong/models_pilot_replicated" },
      { value: 6900, qualifier: "nearly", quote: "gần 6.900 tổ chức quần chúng tham gia bảo vệ an ninh trật tự ở cơ sở", metric: "mass_organisations", measure: "ha_luong/mass_organisations" },
      { value: 52, qualifier: "exact", quote: "52 cụm an ninh khu vực", metric: "security_clusters", measure: "ha_luong/security_clusters" },
      { value: 2417, qualifier: "exact", quote: "2.417 tổ hòa giải", metric: "mediation_groups", measure: "ha_luong/mediation_groups" },
      { value: 1850, qualifier: "over", quote: "hơn 1.850 tổ, đội tự quản", metric: "self_managed_teams", measure: "ha_luong/self_managed_teams" },
      {
        value: 4300, qualifier: "over", quote: "hơn 4.300 nguồn tin có giá trị về tội phạm",
        metric: { ids: ["nguon_tin_co_gia_tri", "nguon_tin_ve_toi_pham"], group: "enforcement", label_vi: "Nguồn tin có giá trị về tội phạm" },
        measure: "ha_luong/valuable_tips",
      },
      { value: 96.4, qualifier: "exact", quote: "96,4% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”", metric: "safe_residential_share", measure: "ha_luong/safe_residential_share" },
      { value: 92, qualifier: "about", quote: "khoảng 92% cơ quan, doanh nghiệp, nhà trường được công nhận đạt chuẩn", metric: "safe_agencies_share", measure: "ha_luong/safe_agencies_share" },
      { value: 100, qualifier: "exact", quote: "100% xã, thị trấn", metric: "communes_with_regular_police_share", measure: "ha_luong/communes_with_regular_police_share" },
      { value: 18, qualifier: "exact", quote: "18 tập thể", metric: "award_ppc_chair_collective", measure: "ha_luong/award_ppc_chair_collective" },
      { value: 27, qualifier: "exact", quote: "27 cá nhân", metric: "award_ppc_chair_individual", measure: "ha_luong/award_ppc_chair_individual" },
    ],
    notFigures: ["14/6", "10 năm", "số 09/CTr-BCA-MTTW", "2013-2023", "hai lực lượng", "năm 2028", "ít nhất 2 mô hình"],
  },

  // 2. Police portal — same conference as article 1, other words.
  {
    name: "ha_luong_police_portal_review",
    province: "Hà Lương",
    text: [
      "Công an tỉnh Hà Lương và Ủy ban MTTQ tỉnh tổng kết Chương trình phối hợp 09",
      "Ngày 14/6/2023, Công an tỉnh Hà Lương và Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị tổng kết một thập kỷ phối hợp xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.",
      "Ảnh: Đại tá Hoàng Minh Đức, Giám đốc Công an tỉnh, phát biểu kết luận hội nghị.",
      "Theo Đại tá Hoàng Minh Đức, Giám đốc Công an tỉnh, giai đoạn 2013-2023, hai lực lượng đã phối hợp mở hơn 400 đợt phát động phong trào ở cả ba cấp; các buổi phát động thu hút khoảng 236 nghìn lượt người dự.",
      "Từ phong trào, Nhân dân đã cung cấp trên 4.300 tin báo, nguồn tin có giá trị, giúp Công an các địa phương điều tra, khám phá nhiều vụ án.",
      "Trong 10 năm, Công an tỉnh mở 34 đợt cao điểm tấn công, trấn áp tội phạm; triệt phá 287 ổ nhóm tội phạm hình sự; triệt xóa 412 tụ điểm, điểm mua bán trái phép chất ma túy.",
      "Lực lượng Công an bắt, vận động ra đầu thú 198 đối tượng truy nã; phát hiện, xử lý 903 vụ, 948 trường hợp vi phạm về vệ sinh an toàn thực phẩm.",
      "Đến nay, 100% xã, thị trấn trên địa bàn đã có công an chính quy đảm nhiệm; trên 96% khu dân cư duy trì đạt chuẩn an toàn về an ninh trật tự.",
      "Kết luận hội nghị, Giám đốc Công an tỉnh yêu cầu Công an các đơn vị, địa phương tiếp tục tham mưu cấp ủy, chính quyền triển khai Chương trình phối hợp giai đoạn 2023-2033, trong đó chú trọng xây dựng mô hình “Camera an ninh” ở khu dân cư.",
      "Dịp này, 18 tập thể và 27 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Giám đốc Công an tỉnh cũng tặng Giấy khen cho các tập thể có thành tích xuất sắc trong phong trào.",
      "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",
    ].join("\n"),
    key: [
      { value: 400, qualifier: "over", quote: "hơn 400 đợt phát động phong trào ở cả ba cấp", metric: "campaign_launches", measure: "ha_luong/campaign_launches" },
      { value: 236000, qualifier: "about", quote: "khoảng 236 nghìn lượt người dự", metric: "campaign_participant_turns", measure: "ha_luong/campaign_participant_turns" },
      {
        value: 4300, qualifier: "over", quote: "trên 4.300 tin báo, nguồn tin có giá trị",
        metric: { ids: ["nguon_tin_co_gia_tri", "tin_bao"], group: "enforcement", label_vi: "Tin báo, nguồn tin có giá trị" },
        measure: "ha_luong/valuable_tips",
      },
      { value: 34, qualifier: "exact", quote: "34 đợt cao điểm tấn công, trấn áp tội phạm", metric: "peak_crackdown_campaigns", measure: "ha_luong/peak_crackdown_campaigns" },
      { value: 287, qualifier: "exact", quote: "287 ổ nhóm tội phạm hình sự", metric: "criminal_gangs_dismantled", measure: "ha_luong/criminal_gangs_dismantled" },
      { value: 412, qualifier: "exact", quote: "412 tụ điểm, điểm mua bán trái phép chất ma túy", metric: "drug_spots_eliminated", measure: "ha_luong/drug_spots_eliminated" },
      { value: 198, qualifier: "exact", quote: "198 đối tượng truy nã", metric: "wanted_persons_caught", measure: "ha_luong/wanted_persons_caught" },
      { value: 903, qualifier: "exact", quote: "903 vụ", metric: "food_safety_cases_handled", measure: "ha_luong/food_safety_cases_handled" },
      { value: 948, qualifier: "exact", quote: "948 trường hợp vi phạm về vệ sinh an toàn thực phẩm", metric: "food_safety_violations_handled", measure: "ha_luong/food_safety_violations_handled" },
      { value: 100, qualifier: "exact", quote: "100% xã, thị trấn trên địa bàn đã có công an chính quy đảm nhiệm", metric: "communes_with_regular_police_share", measure: "ha_luong/communes_with_regular_police_share" },
      { value: 96, qualifier: "over", quote: "trên 96% khu dân cư duy trì đạt chuẩn an toàn về an ninh trật tự", metric: "safe_residential_share", measure: "ha_luong/safe_residential_share" },
      { value: 18, qualifier: "exact", quote: "18 tập thể", metric: "award_ppc_chair_collective", measure: "ha_luong/award_ppc_chair_collective" },
      { value: 27, qualifier: "exact", quote: "27 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen", metric: "award_ppc_chair_individual", measure: "ha_luong/award_ppc_chair_individual" },
      { value: null, qualifier: "unquantified", quote: "Giám đốc Công an tỉnh cũng tặng Giấy khen cho các tập thể có thành tích xuất sắc trong phong trào", metric: "award_police_director_collective", measure: "ha_luong/award_police_director_collective" },
    ],
    notFigures: ["Chương trình phối hợp 09", "14/6/2023", "2013-2023", "hai lực lượng", "ba cấp", "10 năm", "2023-2033"],
  },

  // 3. Front portal.
  {
    name: "tay_phuoc_front_portal_review",
    province: "Tây Phước",
    text: [
      "Mặt trận Tây Phước phát huy vai trò nòng cốt trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Chiều 21/7, Ban Thường trực Ủy ban MTTQ tỉnh Tây Phước phối hợp với Công an tỉnh tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 (2013-2023). Tây Phước là địa phương thứ 5 trong khu vực hoàn thành việc tổng kết chương trình.",
      "Ảnh: Bà Trịnh Thị Thu Sương, Chủ tịch Ủy ban MTTQ tỉnh, phát biểu khai mạc.",
      "Theo bà Trịnh Thị Thu Sương, Chủ tịch Ủy ban MTTQ tỉnh, Mặt trận các cấp đã phối hợp tổ chức gần 5.200 buổi tuyên truyền, phổ biến pháp luật tại khu dân cư. Hơn 310.000 lượt người đã dự các buổi tuyên truyền pháp luật này.",
      "Toàn tỉnh hiện có 1.126 tổ hòa giải ở cơ sở; khoảng 7.800 hòa giải viên thường xuyên tham gia hòa giải mâu thuẫn trong Nhân dân. Mỗi năm, trên 85% số vụ việc mâu thuẫn được hòa giải thành công ngay tại cộng đồng.",
      "Mặt trận và các đoàn thể đã vận động Nhân dân đóng góp hơn 3,2 tỷ đồng lắp đặt hệ thống camera an ninh; đến nay toàn tỉnh có 2.640 camera an ninh được kết nối với Công an xã.",
      "Các ban công tác Mặt trận ở khu dân cư đã giúp đỡ, cảm hóa không dưới 1.500 người lầm lỗi trở về tái hòa nhập cộng đồng; không quá 3% người được giúp đỡ tái phạm.",
      "“Mặt trận phải là cầu nối để người dân tin, người dân theo và cùng lực lượng Công an giữ bình yên cho xóm làng”, bà Sương chia sẻ. Bà đề nghị thời gian tới mỗi huyện xây dựng tối thiểu 1 mô hình “Camera vì an ninh trật tự”, triển khai Chương trình phối hợp giai đoạn 2023-2033.",
      "Tại hội nghị, Ủy ban MTTQ tỉnh tặng Bằng khen cho 15 tập thể và 20 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể.",
      "Ảnh: Các đại biểu dự hội nghị.",
    ].join("\n"),
    key: [
      {
        value: 5200, qualifier: "nearly", quote: "gần 5.200 buổi tuyên truyền, phổ biến pháp luật tại khu dân cư",
        metric: { ids: ["buoi_tuyen_truyen_phap_luat", "buoi_pho_bien_phap_luat"], group: "campaigns", label_vi: "Buổi tuyên truyền, phổ biến pháp luật" },
        measure: "tay_phuoc/law_education_sessions",
      },
      {
        value: 310000, qualifier: "over", quote: "Hơn 310.000 lượt người đã dự các buổi tuyên truyền pháp luật này",
        metric: { ids: ["luot_nguoi_du_tuyen_truyen_phap_luat"], group: "campaigns", label_vi: "Lượt người dự tuyên truyền pháp luật" },
        measure: "tay_phuoc/law_education_attendance",
      },
      { value: 1126, qualifier: "exact", quote: "1.126 tổ hòa giải ở cơ sở", metric: "mediation_groups", measure: "tay_phuoc/mediation_groups" },
      {
        value: 7800, qualifier: "about", quote: "khoảng 7.800 hòa giải viên thường xuyên tham gia hòa giải mâu thuẫn trong Nhân dân",
        metric: { ids: ["hoa_giai_vien"], group: "organisations", label_vi: "Hòa giải viên" },
        measure: "tay_phuoc/mediators",
      },
      {
        value: 85, qualifier: "over", quote: "trên 85% số vụ việc mâu thuẫn được hòa giải thành công ngay tại cộng đồng",
        metric: { ids: ["vu_viec_hoa_giai_thanh_cong"], group: "organisations", label_vi: "Vụ việc mâu thuẫn được hòa giải thành công" },
        measure: "tay_phuoc/mediation_success_share",
      },
      {
        value: 3200000000, qualifier: "over", quote: "hơn 3,2 tỷ đồng lắp đặt hệ thống camera an ninh",
        metric: { ids: ["lap_dat_camera_an_ninh"], group: "campaigns", label_vi: "Kinh phí lắp đặt camera an ninh" },
        measure: "tay_phuoc/camera_funds",
      },
      {
        value: 2640, qualifier: "exact", quote: "2.640 camera an ninh được kết nối với Công an xã",
        metric: { ids: ["camera_an_ninh_duoc_ket_noi"], group: "safety", label_vi: "Camera an ninh được kết nối" },
        measure: "tay_phuoc/connected_cameras",
      },
      {
        value: 1500, qualifier: "at_least", quote: "không dưới 1.500 người lầm lỗi trở về tái hòa nhập cộng đồng",
        metric: { ids: ["nguoi_lam_loi_tai_hoa_nhap"], group: "safety", label_vi: "Người lầm lỗi tái hòa nhập cộng đồng" },
        measure: "tay_phuoc/reintegrated_offenders",
      },
      {
        value: 3, qualifier: "at_most", quote: "không quá 3% người được giúp đỡ tái phạm",
        metric: { ids: ["nguoi_duoc_giup_do_tai_pham"], group: "safety", label_vi: "Người được giúp đỡ tái phạm" },
        measure: "tay_phuoc/reoffending_share",
      },
      { value: 15, qualifier: "exact", quote: "15 tập thể", metric: "award_vff_collective", measure: "tay_phuoc/award_vff_collective" },
      { value: 20, qualifier: "exact", quote: "20 cá nhân", metric: "award_vff_individual", measure: "tay_phuoc/award_vff_individual" },
      { value: 12, qualifier: "exact", quote: "12 tập thể", metric: "award_police_director_collective", measure: "tay_phuoc/award_police_director_collective" },
    ],
    notFigures: ["21/7", "10 năm", "Chương trình phối hợp số 09", "2013-2023", "địa phương thứ 5", "tối thiểu 1 mô hình", "2023-2033"],
  },

  // 4. Radio-TV site.
  {
    name: "kim_thuy_radio_tv_review",
    province: "Kim Thủy",
    text: [
      "Kim Thủy: Phong trào toàn dân bảo vệ an ninh Tổ quốc lan tỏa đến từng thôn, bản",
      "KTV - Sáng 8/8, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kim Thủy tổng kết 10 năm thực hiện Chương trình phối hợp số 09.",
      "Ảnh: Toàn cảnh hội nghị tổng kết.",
      "Báo cáo tại hội nghị cho biết, 956/956 thôn, bản, tổ dân phố đã xây dựng và ký cam kết thực hiện hương ước, quy ước về an ninh trật tự.",
      "Toàn tỉnh duy trì 64 mô hình phòng, chống tội phạm, trong đó nổi bật là mô hình “Dòng họ không có người vi phạm pháp luật” ở vùng đồng bào dân tộc thiểu số.",
      "Năm 2023, có 97,8% khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”.",
      "Lực lượng Công an đã điều tra, làm rõ 1.832 vụ phạm tội về trật tự xã hội; xử lý 227 vụ vi phạm về an toàn thực phẩm.",
      "Nhân dân tự nguyện giao nộp hơn 1.100 khẩu súng, vũ khí, vật liệu nổ và công cụ hỗ trợ.",
      "Công an tỉnh đã vận động 89 đối tượng truy nã ra đầu thú; lập hồ sơ đưa 142 người vào cơ sở giáo dục bắt buộc.",
      "Quỹ Vì an ninh trật tự ở các xã được duy trì thường xuyên, mỗi năm chi ít nhất 850 triệu đồng bồi dưỡng lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở.",
      "Ông Vàng A Sình, 58 tuổi, trưởng bản Phiêng Lót, xã Nậm Sương, chia sẻ: “Từ khi có tổ tự quản, bản không còn người nghiện ma túy, bà con yên tâm làm ăn”.",
      "Người dân có thể phản ánh thông tin về an ninh trật tự qua đường dây nóng 0215.3826.113 của Công an tỉnh.",
      "Dịp này, Chủ tịch UBND tỉnh Kim Thủy tặng Bằng khen cho các cá nhân có thành tích xuất sắc; Giám đốc Công an tỉnh tặng Giấy khen cho 22 tập thể.",
      "Ảnh: Ông Vàng A Sình trao đổi với phóng viên.",
      "Thu Hà - Đức Anh/KTV",
    ].join("\n"),
    key: [
      {
        value: 956, qualifier: "exact", quote: "956/956 thôn, bản, tổ dân phố đã xây dựng và ký cam kết thực hiện hương ước, quy ước về an ninh trật tự",
        metric: { ids: ["thon_ban_ky_cam_ket_huong_uoc"], group: "safety", label_vi: "Thôn, bản, tổ dân phố ký cam kết hương ước" },
        measure: "kim_thuy/villages_with_covenants",
      },
      { value: 64, qualifier: "exact", quote: "64 mô hình phòng, chống tội phạm", metric: "models", measure: "kim_thuy/models" },
      { value: 97.8, qualifier: "exact", quote: "97,8% khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự”", metric: "safe_residential_share", measure: "kim_thuy/safe_residential_share" },
      { value: 1832, qualifier: "exact", quote: "1.832 vụ phạm tội về trật tự xã hội", metric: "social_order_crimes_solved", measure: "kim_thuy/social_order_crimes_solved" },
      { value: 227, qualifier: "exact", quote: "227 vụ vi phạm về an toàn thực phẩm", metric: "food_safety_cases_handled", measure: "kim_thuy/food_safety_cases_handled" },
      {
        value: 1100, qualifier: "over", quote: "hơn 1.100 khẩu súng, vũ khí, vật liệu nổ và công cụ hỗ trợ",
        metric: { ids: ["sung_vu_khi_vat_lieu_no"], group: "enforcement", label_vi: "Súng, vũ khí, vật liệu nổ được giao nộp" },
        measure: "kim_thuy/weapons_handed_in",
      },
      { value: 89, qualifier: "exact", quote: "89 đối tượng truy nã ra đầu thú", metric: "wanted_persons_caught", measure: "kim_thuy/wanted_persons_caught" },
      { value: 142, qualifier: "exact", quote: "142 người vào cơ sở giáo dục bắt buộc", metric: "compulsory_education_referrals", measure: "kim_thuy/compulsory_education_referrals" },
      {
        value: 850000000, qualifier: "at_least", quote: "ít nhất 850 triệu đồng bồi dưỡng lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở",
        metric: { ids: ["boi_duong_luc_luong_co_so"], group: "police", label_vi: "Kinh phí bồi dưỡng lực lượng ở cơ sở" },
        measure: "kim_thuy/grassroots_force_allowance",
      },
      { value: null, qualifier: "unquantified", quote: "Chủ tịch UBND tỉnh Kim Thủy tặng Bằng khen cho các cá nhân có thành tích xuất sắc", metric: "award_ppc_chair_individual", measure: "kim_thuy/award_ppc_chair_individual" },
      { value: 22, qualifier: "exact", quote: "22 tập thể", metric: "award_police_director_collective", measure: "kim_thuy/award_police_director_collective" },
    ],
    notFigures: ["8/8", "10 năm", "Chương trình phối hợp số 09", "Năm 2023", "58 tuổi", "0215.3826.113"],
  },

  // 5. National paper, short item.
  {
    name: "thanh_vinh_national_brief",
    province: "Thanh Vĩnh",
    text: [
      "Thanh Vĩnh tổng kết Chương trình phối hợp bảo vệ an ninh Tổ quốc",
      "(PLO) - Ngày 19/9, tỉnh Thanh Vĩnh tổng kết 10 năm thực hiện Chương trình phối hợp số 09 giữa Bộ Công an và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.",
      "Giai đoạn 2013-2023, tỉnh xây dựng được 2.315 mô hình tự quản về an ninh trật tự; các mô hình thuộc 7 lĩnh vực và đã được nhân rộng tới khoảng 1.040 thôn, tổ dân phố.",
      "Mỗi năm có trên 93% cơ quan, doanh nghiệp, trường học đạt chuẩn an toàn về an ninh trật tự. Đến nay, 100% xã, thị trấn của tỉnh đã bố trí công an chính quy.",
      "Công an tỉnh triệt phá gần 190 ổ nhóm tội phạm, lập không dưới 300 hồ sơ đề nghị đưa người vào cơ sở cai nghiện bắt buộc.",
      "Nhân dịp này, 4 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen; 16 tập thể, cá nhân được Chủ tịch UBND tỉnh khen thưởng.",
      "Ảnh: Hội nghị tổng kết tại Thanh Vĩnh.",
      "Văn Long",
    ].join("\n"),
    key: [
      { value: 2315, qualifier: "exact", quote: "2.315 mô hình tự quản về an ninh trật tự", metric: "models", measure: "thanh_vinh/models" },
      { value: 7, qualifier: "exact", quote: "7 lĩnh vực", metric: "model_fields", measure: "thanh_vinh/model_fields" },
      { value: 1040, qualifier: "about", quote: "khoảng 1.040 thôn, tổ dân phố", metric: "model_replication_areas", measure: "thanh_vinh/model_replication_areas" },
      { value: 93, qualifier: "over", quote: "trên 93% cơ quan, doanh nghiệp, trường học đạt chuẩn an toàn về an ninh trật tự", metric: "safe_agencies_share", measure: "thanh_vinh/safe_agencies_share" },
      { value: 100, qualifier: "exact", quote: "100% xã, thị trấn của tỉnh đã bố trí công an chính quy", metric: "communes_with_regular_police_share", measure: "thanh_vinh/communes_with_regular_police_share" },
      { value: 190, qualifier: "nearly", quote: "gần 190 ổ nhóm tội phạm", metric: "criminal_gangs_dismantled", measure: "thanh_vinh/criminal_gangs_dismantled" },
      { value: 300, qualifier: "at_least", quote: "không dưới 300 hồ sơ đề nghị đưa người vào cơ sở cai nghiện bắt buộc", metric: "rehab_or_commune_education_referrals", measure: "thanh_vinh/rehab_or_commune_education_referrals" },
      {
        value: 4, qualifier: "exact", quote: "4 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen",
        metric: { ids: ["tap_the_bo_truong_bo_cong_an"], group: "awards", label_vi: "Tập thể được Bộ trưởng Bộ Công an tặng Bằng khen" },
        measure: "thanh_vinh/award_minister_collective",
      },
      {
        value: 16, qualifier: "exact", quote: "16 tập thể, cá nhân được Chủ tịch UBND tỉnh khen thưởng",
        metric: { ids: ["tap_the_ca_nhan_chu_tich_ubnd"], group: "awards", label_vi: "Tập thể, cá nhân được Chủ tịch UBND tỉnh khen thưởng" },
        measure: "thanh_vinh/award_ppc_chair_mixed",
      },
    ],
    notFigures: ["19/9", "10 năm", "Chương trình phối hợp số 09", "2013-2023"],
  },

  // 6. District review.
  {
    name: "da_ban_district_review",
    province: "Vân Lĩnh",
    text: [
      "Huyện Đá Bàn tổng kết 10 năm thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Ngày 26/9/2023, Ban Chỉ đạo 138 huyện Đá Bàn (tỉnh Vân Lĩnh) tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”. Hội nghị diễn ra tại Hội trường UBND huyện, số 12 đường Lê Lợi, thị trấn Đá Bàn.",
      "Ảnh: Đồng chí Phó Chủ tịch UBND huyện phát biểu tại hội nghị.",
      "Qua 10 năm, toàn huyện xây dựng và duy trì 47 mô hình tự quản về an ninh trật tự; trong đó 9 mô hình được Công an tỉnh công nhận là mô hình điển hình.",
      "Huyện có 14/16 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”; 5 xã nhiều năm liền không có tội phạm hình sự.",
      "Nhân dân đã phát hiện, cung cấp cho Công an huyện gần 600 tin báo về tội phạm, vi phạm pháp luật. Công an huyện phối hợp với Mặt trận tổ chức khoảng 320 buổi tuyên truyền pháp luật cho Nhân dân.",
      "Nhờ đó, mỗi năm trên địa bàn xảy ra không quá 20 vụ phạm pháp hình sự.",
      "Nhân dân đã đóng góp trên 1,2 tỷ đồng lắp đặt đèn chiếu sáng đường thôn, xóm, góp phần phòng ngừa tội phạm.",
      "Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị năm 2024 mỗi xã, thị trấn phấn đấu xây dựng ít nhất 3 mô hình mới.",
      "Dịp này, 12 tập thể được Chủ tịch UBND huyện tặng Giấy khen; 19 cá nhân được Trưởng Công an huyện tặng Giấy khen.",
      "Trung tâm Văn hóa - Thông tin và Thể thao huyện Đá Bàn",
    ].join("\n"),
    key: [
      {
        value: 47, qualifier: "exact", quote: "47 mô hình tự quản về an ninh trật tự",
        metric: { ids: ["mo_hinh_tu_quan"], group: "models", label_vi: "Mô hình tự quản về an ninh trật tự" },
        measure: "da_ban/self_managed_models",
      },
      {
        value: 9, qualifier: "exact", quote: "9 mô hình được Công an tỉnh công nhận là mô hình điển hình",
        metric: { ids: ["mo_hinh_dien_hinh"], group: "models", label_vi: "Mô hình điển hình được Công an tỉnh công nhận" },
        measure: "da_ban/exemplary_models",
      },
      {
        value: 14, qualifier: "exact", quote: "14/16 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”",
        metric: { ids: ["xa_dat_tieu_chuan_an_toan"], group: "safety", label_vi: "Xã, thị trấn đạt tiêu chuẩn an toàn về an ninh, trật tự" },
        measure: "da_ban/safe_communes",
      },
      {
        value: 5, qualifier: "exact", quote: "5 xã nhiều năm liền không có tội phạm hình sự",
        metric: { ids: ["xa_khong_co_toi_pham_hinh_su"], group: "safety", label_vi: "Xã không có tội phạm hình sự" },
        measure: "da_ban/crime_free_communes",
      },
      {
        value: 600, qualifier: "nearly", quote: "gần 600 tin báo về tội phạm, vi phạm pháp luật",
        metric: { ids: ["tin_bao_ve_toi_pham"], group: "enforcement", label_vi: "Tin báo về tội phạm, vi phạm pháp luật" },
        measure: "da_ban/crime_reports",
      },
      {
        value: 320, qualifier: "about", quote: "khoảng 320 buổi tuyên truyền pháp luật cho Nhân dân",
        metric: { ids: ["buoi_tuyen_truyen_phap_luat"], group: "campaigns", label_vi: "Buổi tuyên truyền pháp luật" },
        measure: "da_ban/law_education_sessions",
      },
      {
        value: 20, qualifier: "at_most", quote: "không quá 20 vụ phạm pháp hình sự",
        metric: { ids: ["vu_pham_phap_hinh_su"], group: "safety", label_vi: "Vụ phạm pháp hình sự" },
        measure: "da_ban/criminal_offences_per_year",
      },
      {
        value: 1200000000, qualifier: "over", quote: "trên 1,2 tỷ đồng lắp đặt đèn chiếu sáng đường thôn, xóm",
        metric: { ids: ["lap_dat_den_chieu_sang"], group: "campaigns", label_vi: "Kinh phí lắp đặt đèn chiếu sáng" },
        measure: "da_ban/street_lighting_funds",
      },
      {
        value: 12, qualifier: "exact", quote: "12 tập thể được Chủ tịch UBND huyện tặng Giấy khen",
        metric: { ids: ["tap_the_chu_tich_ubnd_huyen"], group: "awards", label_vi: "Tập thể được Chủ tịch UBND huyện tặng Giấy khen" },
        measure: "da_ban/award_district_chair_collective",
      },
      {
        value: 19, qualifier: "exact", quote: "19 cá nhân được Trưởng Công an huyện tặng Giấy khen",
        metric: { ids: ["ca_nhan_truong_cong_an_huyen"], group: "awards", label_vi: "Cá nhân được Trưởng Công an huyện tặng Giấy khen" },
        measure: "da_ban/award_district_police_chief_individual",
      },
    ],
    notFigures: ["10 năm", "26/9/2023", "Ban Chỉ đạo 138", "Chương trình phối hợp số 09", "số 12 đường Lê Lợi", "năm 2024", "ít nhất 3 mô hình"],
  },
];
