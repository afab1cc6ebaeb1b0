// Acceptance test articles for the Vietnamese news-figure extractor (Program No. 09 ten-year reviews, 2013–2023).
//
// These are invented press articles written in the style of the real ones in /work/shared/seeds: a provincial
// paper, a provincial police portal, a Fatherland Front portal, a provincial radio-TV site, a district-level
// review and a commune-level review. Every place (Lam Giang, Bắc Sơn Hà, Phú Hải Đông, Thượng Ngàn and their
// districts and communes), every person and every figure is made up; any likeness to a real place is accidental.
//
// How the key was labelled (by hand, without looking at the extractor):
// - one KeyFigure per figure an editor would keep as a card, written as the editor would accept it unchanged;
// - quote = bound words before the number (trên, hơn, gần, khoảng, ít nhất, tối thiểu, không dưới, tối đa,
//   không quá, đạt) + the number + the counted noun phrase up to the end of its clause, nothing after; verbs
//   before the number ("xây dựng được", "thu hút", "triệt phá") are left out; where the noun is qualified after
//   it ("… xã đạt tiêu chí …", "… tỷ đồng do Nhân dân đóng góp") the qualifier runs to the clause end;
// - value = the number as written (12.5 for "12,5"; 850000000 for "850 triệu đồng", as check reads a word multiplier —
//   corrected from 850 by the extractor's developer, see the report of issue 22; for a ratio "16/19" the count
//   achieved, 16); null only for an unquantified award row ("nhiều tập thể");
// - metric = a dictionary id (data/metrics.csv) only when the clause fits its definition and context (launch
//   attendance needs a launch; an award id needs the right awarding body and recipient kind; "models" is only
//   a province's headline count), otherwise a new metric with 1–3 acceptable slug ids;
// - measure = "<place>/<what is measured>", shared by articles that report the same measure of the same place
//   (the pairs: Lam Giang paper + police portal, Bắc Sơn Hà review + inspection, Phú Hải Đông paper + radio-TV,
//   Thượng Ngàn police portal + paper); new-metric ids of a shared measure overlap.
// - notFigures = strings with numbers that are not results (dates, periods, document numbers, ordinals,
//   addresses, ages, phone numbers, "giữa 2 lực lượng"…); they must never be proposed.
// Self-check: node /work/articles22/check.mjs (quotes are substrings and hold their number, ids are valid and
// not shared within an article, shared measures overlap in ids, notFigures occur in the text).

/** One figure an editor keeps, as an editor would accept it. */
export interface KeyFigure {
  /** The value as a number (12.5 for "12,5"; for a ratio "956/956 bản" the count achieved, 956); null only for an unquantified mention. */
  value: number | null;
  qualifier: "exact" | "over" | "at_least" | "nearly" | "about" | "at_most" | "unquantified";
  /** The whole clause that states the figure, an exact substring of the text. */
  quote: string;
  /** An existing dictionary id when the clause truly fits its definition, else a new metric. */
  metric: string | { ids: readonly string[]; group: Group; label_vi: string };
  /** A stable name for what is measured, so the same measure in two articles can be recognised. */
  measure: string;
}
export type Group = "models" | "campaigns" | "organisations" | "safety" | "police" | "awards" | "enforcement";
/** A test article: its text and every figure an editor keeps from it, plus numbers that are not figures. */
export interface AcceptArticle {
  name: string;
  province: string;
  text: string;
  key: readonly KeyFigure[];
  notFigures: readonly string[];
}

function nm(group: Group, label_vi: string, ...ids: string[]): { ids: readonly string[]; group: Group; label_vi: string } {
  return { ids, group, label_vi };
}

export const ACCEPT_ARTICLES: readonly AcceptArticle[] = [
  // ───────────────────────────── Lam Giang: provincial paper ─────────────────────────────
  {
    name: "lam-giang-bao-tong-ket",
    province: "Lam Giang",
    text: [
      "Lam Giang: Phát huy sức mạnh toàn dân trong bảo vệ an ninh Tổ quốc",
      "Báo Lam Giang – Sáng 14/6, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lam Giang tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giữa Bộ Công an với Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”, giai đoạn 2013 – 2023.",
      "Dự hội nghị có đồng chí Hoàng Minh Khuê, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo; Đại tá Lò Văn Thịnh, Giám đốc Công an tỉnh; bà Đinh Thị Vân Anh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
      "Quang cảnh hội nghị. Ảnh: Minh Thư",
      "Báo cáo tại hội nghị cho biết, mười năm qua, lực lượng Công an và Mặt trận Tổ quốc các cấp đã phối hợp tổ chức 1.126 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, thu hút 96.418 lượt người tham gia. Nhiều đợt phát động được gắn với “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” 19/8 hằng năm.",
      "Công tác tuyên truyền, phổ biến, giáo dục pháp luật được đẩy mạnh với 14.320 buổi tuyên truyền lưu động, thu hút 860.500 lượt người tham gia các buổi tuyên truyền pháp luật.",
      "Toàn tỉnh hiện duy trì 1.250 mô hình tự phòng, tự quản về an ninh trật tự, trong đó có 320 mô hình camera an ninh và 27 mô hình triển khai thực hiện Chương trình phối hợp số 09. Các địa phương đã lắp đặt hệ thống camera giám sát tại các tuyến đường, khu dân cư, với tổng kinh phí hơn 12,5 tỷ đồng do Nhân dân đóng góp.",
      "Từ phong trào, quần chúng Nhân dân đã giúp cơ quan Công an bắt, vận động đầu thú 214 đối tượng có lệnh truy nã. Hằng năm, toàn tỉnh có trên 96% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”; 92,5% cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh trật tự”.",
      "Đồng chí Hoàng Minh Khuê phát biểu chỉ đạo hội nghị. Ảnh: Minh Thư",
      "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Hoàng Minh Khuê đề nghị tiếp tục tăng cường mối quan hệ phối hợp giữa 2 lực lượng, triển khai có hiệu quả Kế hoạch số 112/KH-UBND ngày 3/3/2023 của UBND tỉnh; phát huy vai trò của Nhân dân trong phát hiện, tố giác tội phạm, nhất là tại 7 huyện miền núi và biên giới.",
      "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể, 32 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 18 tập thể có thành tích xuất sắc.",
      "Minh Thư",
    ].join("\n"),
    key: [
      { value: 1126, qualifier: "exact", quote: "1.126 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc", metric: "campaign_launches", measure: "lam-giang/campaign-launches" },
      { value: 96418, qualifier: "exact", quote: "96.418 lượt người tham gia", metric: "campaign_participant_turns", measure: "lam-giang/campaign-launch-attendance" },
      { value: 14320, qualifier: "exact", quote: "14.320 buổi tuyên truyền lưu động", metric: nm("campaigns", "Buổi tuyên truyền lưu động", "buoi_tuyen_truyen_luu_dong", "buoi_tuyen_truyen"), measure: "lam-giang/law-education-sessions" },
      { value: 860500, qualifier: "exact", quote: "860.500 lượt người tham gia các buổi tuyên truyền pháp luật", metric: nm("campaigns", "Lượt người tham gia tuyên truyền pháp luật", "luot_nguoi_tham_gia_tuyen_truyen_phap_luat", "luot_nguoi_nghe_tuyen_truyen_phap_luat"), measure: "lam-giang/law-education-attendance" },
      { value: 1250, qualifier: "exact", quote: "1.250 mô hình tự phòng, tự quản về an ninh trật tự", metric: "models", measure: "lam-giang/models" },
      { value: 320, qualifier: "exact", quote: "320 mô hình camera an ninh", metric: nm("models", "Mô hình camera an ninh", "mo_hinh_camera_an_ninh"), measure: "lam-giang/camera-models" },
      { value: 27, qualifier: "exact", quote: "27 mô hình triển khai thực hiện Chương trình phối hợp số 09", metric: "models_program_09", measure: "lam-giang/models-program-09" },
      { value: 12500000000, qualifier: "over", quote: "hơn 12,5 tỷ đồng do Nhân dân đóng góp", metric: nm("campaigns", "Kinh phí Nhân dân đóng góp", "kinh_phi_nhan_dan_dong_gop", "tien_nhan_dan_dong_gop"), measure: "lam-giang/people-contributions" },
      { value: 214, qualifier: "exact", quote: "214 đối tượng có lệnh truy nã", metric: "wanted_persons_caught", measure: "lam-giang/wanted-persons-caught" },
      { value: 96, qualifier: "over", quote: "trên 96% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_residential_share", measure: "lam-giang/safe-residential-share" },
      { value: 92.5, qualifier: "exact", quote: "92,5% cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_agencies_share", measure: "lam-giang/safe-agencies-share" },
      { value: 25, qualifier: "exact", quote: "25 tập thể", metric: "award_ppc_chair_collective", measure: "lam-giang/award-ppc-chair-collective" },
      { value: 32, qualifier: "exact", quote: "32 cá nhân", metric: "award_ppc_chair_individual", measure: "lam-giang/award-ppc-chair-individual" },
      { value: 18, qualifier: "exact", quote: "18 tập thể có thành tích xuất sắc", metric: "award_police_director_collective", measure: "lam-giang/award-police-director-collective" },
    ],
    notFigures: ["Sáng 14/6", "10 năm", "Chương trình phối hợp số 09/CTr-BCA-MTTW", "giai đoạn 2013 – 2023", "mười năm qua", "19/8", "giữa 2 lực lượng", "Kế hoạch số 112/KH-UBND ngày 3/3/2023", "7 huyện miền núi và biên giới"],
  },
  // ───────────────────────────── Lam Giang: police portal, same conference ─────────────────────────────
  {
    name: "lam-giang-cong-an-tong-ket",
    province: "Lam Giang",
    text: [
      "Công an tỉnh Lam Giang và Ủy ban MTTQ tỉnh tổng kết Chương trình phối hợp số 09",
      "14:35 - 15/06/2023",
      "Ngày 14/6/2023, Công an tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”. Hội nghị được tổ chức trực tiếp tại Hội trường Công an tỉnh, số 26 đường Lê Lợi, thành phố Lam Giang và trực tuyến đến điểm cầu Công an các huyện, thành phố.",
      "Đại tá Lò Văn Thịnh, Giám đốc Công an tỉnh phát biểu tại hội nghị. Ảnh: Phòng Tham mưu",
      "Theo báo cáo, quá trình thực hiện Chương trình, hai đơn vị đã ban hành nhiều văn bản chỉ đạo, hướng dẫn; lực lượng Công an đã chủ trì, phối hợp tổ chức hơn 1.100 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc ở cơ sở. Hoạt động tuyên truyền, phổ biến pháp luật thu hút gần 861.000 lượt người nghe tuyên truyền, phổ biến pháp luật.",
      "Từ các phong trào, quần chúng Nhân dân đã cung cấp trên 3.600 nguồn tin có giá trị; Công an các cấp tiếp nhận, giải quyết 1.240 tin báo, tố giác về tội phạm. Tổ chức bắt, vận động đầu thú 214 đối tượng có lệnh truy nã; phát hiện, bắt giữ nhiều vụ mua bán trái phép chất ma túy, thu giữ 8,75 kg ma túy các loại.",
      "Việc xây dựng Công an xã chính quy được triển khai quyết liệt. Đến nay, toàn tỉnh đã có 612 cán bộ, chiến sĩ công an chính quy đảm nhiệm các chức danh công an xã, đạt 100% số xã, thị trấn.",
      "Phong trào toàn dân bảo vệ an ninh Tổ quốc được duy trì với trên 1.200 mô hình tự phòng, tự quản; nổi bật là 320 mô hình “Camera an ninh” do Công an các địa phương phối hợp với Mặt trận vận động Nhân dân xây dựng.",
      "Đại tá Lò Văn Thịnh trao Giấy khen của Giám đốc Công an tỉnh cho các tập thể. Ảnh: Phòng Tham mưu",
      "Dịp này, Chủ tịch UBND tỉnh đã tặng Bằng khen cho hai mươi lăm tập thể và 32 cá nhân. Giám đốc Công an tỉnh tặng Giấy khen cho 18 tập thể, 40 cá nhân.",
      "Mọi thông tin về tội phạm, Nhân dân có thể báo qua đường dây nóng 0216.3852.114 của Công an tỉnh.",
      "Phòng Tham mưu - Công an tỉnh Lam Giang",
    ].join("\n"),
    key: [
      { value: 1100, qualifier: "over", quote: "hơn 1.100 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc ở cơ sở", metric: "campaign_launches", measure: "lam-giang/campaign-launches" },
      { value: 861000, qualifier: "nearly", quote: "gần 861.000 lượt người nghe tuyên truyền, phổ biến pháp luật", metric: nm("campaigns", "Lượt người nghe tuyên truyền, phổ biến pháp luật", "luot_nguoi_nghe_tuyen_truyen_phap_luat", "luot_nguoi_tham_gia_tuyen_truyen_phap_luat"), measure: "lam-giang/law-education-attendance" },
      { value: 3600, qualifier: "over", quote: "trên 3.600 nguồn tin có giá trị", metric: nm("enforcement", "Nguồn tin có giá trị do quần chúng cung cấp", "nguon_tin_co_gia_tri"), measure: "lam-giang/valuable-information" },
      { value: 1240, qualifier: "exact", quote: "1.240 tin báo, tố giác về tội phạm", metric: nm("enforcement", "Tin báo, tố giác về tội phạm được tiếp nhận", "tin_bao_to_giac_ve_toi_pham", "tin_bao_to_giac_toi_pham"), measure: "lam-giang/crime-reports" },
      { value: 214, qualifier: "exact", quote: "214 đối tượng có lệnh truy nã", metric: "wanted_persons_caught", measure: "lam-giang/wanted-persons-caught" },
      { value: 8.75, qualifier: "exact", quote: "8,75 kg ma túy các loại", metric: nm("enforcement", "Ma túy thu giữ (kg)", "ma_tuy_cac_loai", "ma_tuy_thu_giu", "kg_ma_tuy_cac_loai"), measure: "lam-giang/drugs-seized-kg" },
      { value: 612, qualifier: "exact", quote: "612 cán bộ, chiến sĩ công an chính quy đảm nhiệm các chức danh công an xã", metric: nm("police", "Công an chính quy đảm nhiệm chức danh công an xã", "can_bo_chien_si_cong_an_chinh_quy", "cong_an_chinh_quy_dam_nhiem"), measure: "lam-giang/regular-police-officers" },
      { value: 100, qualifier: "exact", quote: "đạt 100% số xã, thị trấn", metric: "communes_with_regular_police_share", measure: "lam-giang/communes-with-regular-police-share" },
      { value: 1200, qualifier: "over", quote: "trên 1.200 mô hình tự phòng, tự quản", metric: "models", measure: "lam-giang/models" },
      { value: 320, qualifier: "exact", quote: "320 mô hình “Camera an ninh” do Công an các địa phương phối hợp với Mặt trận vận động Nhân dân xây dựng", metric: nm("models", "Mô hình “Camera an ninh”", "mo_hinh_camera_an_ninh"), measure: "lam-giang/camera-models" },
      { value: 25, qualifier: "exact", quote: "hai mươi lăm tập thể", metric: "award_ppc_chair_collective", measure: "lam-giang/award-ppc-chair-collective" },
      { value: 32, qualifier: "exact", quote: "32 cá nhân", metric: "award_ppc_chair_individual", measure: "lam-giang/award-ppc-chair-individual" },
      { value: 18, qualifier: "exact", quote: "18 tập thể", metric: "award_police_director_collective", measure: "lam-giang/award-police-director-collective" },
      { value: 40, qualifier: "exact", quote: "40 cá nhân", metric: "award_police_director_individual", measure: "lam-giang/award-police-director-individual" },
    ],
    notFigures: ["14:35 - 15/06/2023", "Ngày 14/6/2023", "10 năm", "Chương trình phối hợp số 09", "số 26 đường Lê Lợi", "hai đơn vị", "0216.3852.114"],
  },
  // ───────────────────────────── Lam Giang: district-level review (huyện Vĩnh Linh Hạ) ─────────────────────────────
  {
    name: "vinh-linh-ha-huyen-tong-ket",
    province: "Lam Giang",
    text: [
      "Huyện Vĩnh Linh Hạ: 10 năm xây dựng “thế trận lòng dân” vững chắc",
      "Cổng Thông tin điện tử huyện Vĩnh Linh Hạ - Chiều 22/5, Ban Chỉ đạo 138 huyện Vĩnh Linh Hạ tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 giai đoạn 2013 - 2023. Đồng chí Vi Thị Hằng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo hội nghị.",
      "Các đại biểu dự hội nghị. Ảnh: Trung Kiên",
      "Báo cáo của Công an huyện cho thấy, các cấp, các ngành đã phối hợp tổ chức 52 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc với khoảng 18.500 lượt người tham gia. Toàn huyện đã xây dựng, duy trì 86 mô hình tự quản về an ninh trật tự ở thôn, bản, khu phố.",
      "Hệ thống tổ chức quần chúng ở cơ sở tiếp tục được củng cố, hiện có 212 tổ hòa giải với gần 1.500 hòa giải viên; hằng năm hòa giải thành trên 90% vụ việc mâu thuẫn ở cơ sở.",
      "Đến nay, 9 xã không có tội phạm và tệ nạn ma túy; 16/19 xã, thị trấn đạt tiêu chí an ninh trật tự trong xây dựng nông thôn mới. Các xã đã tổ chức cho 24.317/24.520 hộ gia đình ký cam kết không vi phạm pháp luật.",
      "Quỹ hỗ trợ lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở của huyện được duy trì hiệu quả; sau 10 năm, các xã, thị trấn đã huy động được hơn 850 triệu đồng cho Quỹ hỗ trợ lực lượng bảo vệ an ninh trật tự ở cơ sở.",
      "Ông Lục Văn Sình (67 tuổi), Trưởng thôn Nà Pha, chia sẻ kinh nghiệm xây dựng mô hình “Thôn bản bình yên”. Ảnh: Trung Kiên",
      "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể, 20 cá nhân; Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 8 tập thể có thành tích xuất sắc trong thực hiện phong trào.",
      "Trung Kiên (Trung tâm Văn hóa, Thông tin và Thể thao huyện)",
    ].join("\n"),
    key: [
      { value: 52, qualifier: "exact", quote: "52 đợt phát động phong trào toàn dân bảo vệ an ninh Tổ quốc", metric: "campaign_launches", measure: "vinh-linh-ha/campaign-launches" },
      { value: 18500, qualifier: "about", quote: "khoảng 18.500 lượt người tham gia", metric: "campaign_participant_turns", measure: "vinh-linh-ha/campaign-launch-attendance" },
      { value: 86, qualifier: "exact", quote: "86 mô hình tự quản về an ninh trật tự ở thôn, bản, khu phố", metric: nm("models", "Mô hình tự quản về an ninh trật tự (huyện)", "mo_hinh_tu_quan_an_ninh_trat_tu", "mo_hinh_tu_quan"), measure: "vinh-linh-ha/models" },
      { value: 212, qualifier: "exact", quote: "212 tổ hòa giải", metric: "mediation_groups", measure: "vinh-linh-ha/mediation-groups" },
      { value: 1500, qualifier: "nearly", quote: "gần 1.500 hòa giải viên", metric: nm("organisations", "Hòa giải viên ở cơ sở", "hoa_giai_vien"), measure: "vinh-linh-ha/mediators" },
      { value: 90, qualifier: "over", quote: "trên 90% vụ việc mâu thuẫn ở cơ sở", metric: nm("organisations", "Tỉ lệ vụ việc mâu thuẫn được hòa giải thành", "vu_viec_mau_thuan_hoa_giai_thanh", "ty_le_hoa_giai_thanh", "vu_viec_mau_thuan_o_co_so"), measure: "vinh-linh-ha/mediation-success-share" },
      { value: 9, qualifier: "exact", quote: "9 xã không có tội phạm và tệ nạn ma túy", metric: nm("safety", "Xã không có tội phạm và tệ nạn ma túy", "xa_khong_co_toi_pham_ma_tuy", "xa_khong_co_toi_pham"), measure: "vinh-linh-ha/crime-free-communes" },
      { value: 16, qualifier: "exact", quote: "16/19 xã, thị trấn đạt tiêu chí an ninh trật tự trong xây dựng nông thôn mới", metric: nm("safety", "Xã, thị trấn đạt tiêu chí an ninh trật tự nông thôn mới", "xa_dat_tieu_chi_an_ninh_trat_tu", "xa_thi_tran_dat_tieu_chi_an_ninh"), measure: "vinh-linh-ha/communes-meeting-security-criterion" },
      { value: 24317, qualifier: "exact", quote: "24.317/24.520 hộ gia đình ký cam kết không vi phạm pháp luật", metric: nm("campaigns", "Hộ gia đình ký cam kết không vi phạm pháp luật", "ho_gia_dinh_ky_cam_ket", "ho_ky_cam_ket_khong_vi_pham"), measure: "vinh-linh-ha/household-pledges" },
      { value: 850000000, qualifier: "over", quote: "hơn 850 triệu đồng cho Quỹ hỗ trợ lực lượng bảo vệ an ninh trật tự ở cơ sở", metric: nm("campaigns", "Tiền huy động cho Quỹ hỗ trợ lực lượng bảo vệ an ninh trật tự", "quy_ho_tro_luc_luong_an_ninh", "tien_quy_ho_tro_luc_luong"), measure: "vinh-linh-ha/security-fund-raised" },
      { value: 12, qualifier: "exact", quote: "12 tập thể", metric: nm("awards", "Tập thể được Chủ tịch UBND huyện tặng giấy khen", "tap_the_chu_tich_ubnd_huyen_khen", "tap_the_ubnd_huyen_khen"), measure: "vinh-linh-ha/award-district-chair-collective" },
      { value: 20, qualifier: "exact", quote: "20 cá nhân", metric: nm("awards", "Cá nhân được Chủ tịch UBND huyện tặng giấy khen", "ca_nhan_chu_tich_ubnd_huyen_khen", "ca_nhan_ubnd_huyen_khen"), measure: "vinh-linh-ha/award-district-chair-individual" },
      { value: 8, qualifier: "exact", quote: "8 tập thể có thành tích xuất sắc trong thực hiện phong trào", metric: nm("awards", "Tập thể được Ủy ban MTTQ huyện tặng giấy khen", "tap_the_ubmttq_huyen_khen", "tap_the_mttq_huyen_khen"), measure: "vinh-linh-ha/award-district-vff-collective" },
    ],
    notFigures: ["Chiều 22/5", "Ban Chỉ đạo 138", "10 năm", "Chương trình phối hợp số 09", "giai đoạn 2013 - 2023", "sau 10 năm", "(67 tuổi)"],
  },
  // ───────────────────────────── Bắc Sơn Hà: Fatherland Front portal ─────────────────────────────
  {
    name: "bac-son-ha-mttq-tong-ket",
    province: "Bắc Sơn Hà",
    text: [
      "Bắc Sơn Hà: Mặt trận các cấp phát huy vai trò nòng cốt trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "(MTTQ Bắc Sơn Hà) - Sáng 7/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Công an tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 1/8/2013 về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”.",
      "Bà Lương Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc hội nghị. Ảnh: Ban Tuyên giáo",
      "Mười năm qua, Ủy ban MTTQ các cấp và các tổ chức thành viên đã phối hợp tổ chức 1.930 buổi tuyên truyền, phổ biến pháp luật, thu hút gần 214.000 lượt đoàn viên, hội viên và Nhân dân tham dự. Hằng năm, 100% khu dân cư tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”.",
      "Đến nay, toàn tỉnh có hơn 7.400 tổ chức quần chúng tham gia bảo vệ an ninh trật tự ở cơ sở, trong đó có 46 cụm an ninh khu vực với 512 thành viên, gần 2.900 tổ hòa giải và khoảng 1.650 tổ, đội tự quản.",
      "Hằng năm, tối thiểu 97% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”.",
      "Các cấp Mặt trận còn vận động được hơn 3,2 tỷ đồng hỗ trợ người lầm lỗi tái hòa nhập cộng đồng, giúp nhiều người có việc làm ổn định.",
      "Trao Bằng khen của Ủy ban MTTQ Việt Nam tỉnh cho các tập thể, cá nhân. Ảnh: Ban Tuyên giáo",
      "Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 2 tập thể; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân có thành tích xuất sắc.",
      "Văn phòng Ủy ban MTTQ Việt Nam tỉnh, số 5 đường Hùng Vương, phường Tân Thành; điện thoại 0205.3871.209.",
    ].join("\n"),
    key: [
      { value: 1930, qualifier: "exact", quote: "1.930 buổi tuyên truyền, phổ biến pháp luật", metric: nm("campaigns", "Buổi tuyên truyền, phổ biến pháp luật", "buoi_tuyen_truyen_pho_bien_phap_luat", "buoi_tuyen_truyen_phap_luat"), measure: "bac-son-ha/law-education-sessions" },
      { value: 214000, qualifier: "nearly", quote: "gần 214.000 lượt đoàn viên, hội viên và Nhân dân tham dự", metric: nm("campaigns", "Lượt người dự tuyên truyền pháp luật", "luot_doan_vien_hoi_vien_tham_du", "luot_nguoi_tham_gia_tuyen_truyen_phap_luat"), measure: "bac-son-ha/law-education-attendance" },
      { value: 100, qualifier: "exact", quote: "100% khu dân cư tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”", metric: nm("campaigns", "Khu dân cư tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "khu_dan_cu_to_chuc_ngay_hoi"), measure: "bac-son-ha/residential-areas-holding-festival-share" },
      { value: 7400, qualifier: "over", quote: "hơn 7.400 tổ chức quần chúng tham gia bảo vệ an ninh trật tự ở cơ sở", metric: "mass_organisations", measure: "bac-son-ha/mass-organisations" },
      { value: 46, qualifier: "exact", quote: "46 cụm an ninh khu vực", metric: "security_clusters", measure: "bac-son-ha/security-clusters" },
      { value: 512, qualifier: "exact", quote: "512 thành viên", metric: "security_cluster_members", measure: "bac-son-ha/security-cluster-members" },
      { value: 2900, qualifier: "nearly", quote: "gần 2.900 tổ hòa giải", metric: "mediation_groups", measure: "bac-son-ha/mediation-groups" },
      { value: 1650, qualifier: "about", quote: "khoảng 1.650 tổ, đội tự quản", metric: "self_managed_teams", measure: "bac-son-ha/self-managed-teams" },
      { value: 97, qualifier: "at_least", quote: "tối thiểu 97% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_residential_share", measure: "bac-son-ha/safe-residential-share" },
      { value: 3200000000, qualifier: "over", quote: "hơn 3,2 tỷ đồng hỗ trợ người lầm lỗi tái hòa nhập cộng đồng", metric: nm("campaigns", "Tiền hỗ trợ người lầm lỗi tái hòa nhập cộng đồng", "tien_ho_tro_nguoi_lam_loi", "ho_tro_tai_hoa_nhap_cong_dong"), measure: "bac-son-ha/reintegration-support-money" },
      { value: 2, qualifier: "exact", quote: "2 tập thể", metric: nm("awards", "Tập thể được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen", "tap_the_ubtw_mttq_tang_bang_khen", "tap_the_mttq_trung_uong_khen"), measure: "bac-son-ha/award-central-vff-collective" },
      { value: 30, qualifier: "exact", quote: "30 tập thể", metric: "award_vff_collective", measure: "bac-son-ha/award-vff-collective" },
      { value: 45, qualifier: "exact", quote: "45 cá nhân có thành tích xuất sắc", metric: "award_vff_individual", measure: "bac-son-ha/award-vff-individual" },
    ],
    notFigures: ["Sáng 7/6", "10 năm", "Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 1/8/2013", "Mười năm qua", "số 5 đường Hùng Vương", "0205.3871.209"],
  },
  // ───────────────────────────── Bắc Sơn Hà: later inspection by a ministry delegation ─────────────────────────────
  {
    name: "bac-son-ha-bao-kiem-tra",
    province: "Bắc Sơn Hà",
    text: [
      "Đoàn công tác Bộ Công an kiểm tra việc thực hiện Chương trình phối hợp số 09 tại Bắc Sơn Hà",
      "Báo Bắc Sơn Hà - Ngày 9/11/2023, Đoàn công tác của Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an do Đại tá Trịnh Văn Hào, Phó Cục trưởng làm trưởng đoàn đã làm việc với Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Bắc Sơn Hà.",
      "Đại tá Trịnh Văn Hào phát biểu tại buổi làm việc. Ảnh: Hà Phương",
      "Theo báo cáo của tỉnh, sau tổng kết, toàn tỉnh duy trì 7.412 tổ chức quần chúng làm nhiệm vụ bảo vệ an ninh trật tự, gồm 2.874 tổ hòa giải, 1.652 tổ, đội tự quản và 46 cụm liên kết an ninh.",
      "Trong năm 2023, 97,3% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”; 88,6% cơ quan, doanh nghiệp, nhà trường được công nhận đạt chuẩn “An toàn về an ninh trật tự”.",
      "Đến nay, 100% xã, thị trấn của tỉnh đã có công an chính quy. Tổng số 284 công an chính quy đang đảm nhiệm các chức danh công an xã. Quần chúng Nhân dân đã cung cấp 2.957 tin báo, tố giác tội phạm, giúp lực lượng chức năng kịp thời xử lý.",
      "Các cấp Mặt trận tiếp tục vận động được 3,25 tỷ đồng hỗ trợ người lầm lỗi tái hòa nhập cộng đồng. Công tác tuyên truyền được duy trì với gần 214.000 lượt người dự các buổi tuyên truyền pháp luật.",
      "Thay mặt lãnh đạo Bộ Công an, Đại tá Trịnh Văn Hào trao Bằng khen của Bộ trưởng Bộ Công an cho 2 tập thể, 3 cá nhân có thành tích xuất sắc trong xây dựng phong trào.",
      "Đoàn công tác kiểm tra mô hình “Tổ tự quản an ninh trật tự” tại thôn 3, xã Bản Khoang. Ảnh: Hà Phương",
      "Kết luận buổi làm việc, Đại tá Trịnh Văn Hào đề nghị tỉnh tiếp tục cụ thể hóa Chương trình phối hợp giai đoạn 2023 - 2033, quan tâm chỉ đạo hai đơn vị thường xuyên trao đổi thông tin.",
    ].join("\n"),
    key: [
      { value: 7412, qualifier: "exact", quote: "7.412 tổ chức quần chúng làm nhiệm vụ bảo vệ an ninh trật tự", metric: "mass_organisations", measure: "bac-son-ha/mass-organisations" },
      { value: 2874, qualifier: "exact", quote: "2.874 tổ hòa giải", metric: "mediation_groups", measure: "bac-son-ha/mediation-groups" },
      { value: 1652, qualifier: "exact", quote: "1.652 tổ, đội tự quản", metric: "self_managed_teams", measure: "bac-son-ha/self-managed-teams" },
      { value: 46, qualifier: "exact", quote: "46 cụm liên kết an ninh", metric: "security_clusters", measure: "bac-son-ha/security-clusters" },
      { value: 97.3, qualifier: "exact", quote: "97,3% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_residential_share", measure: "bac-son-ha/safe-residential-share" },
      { value: 88.6, qualifier: "exact", quote: "88,6% cơ quan, doanh nghiệp, nhà trường được công nhận đạt chuẩn “An toàn về an ninh trật tự”", metric: "safe_agencies_share", measure: "bac-son-ha/safe-agencies-share" },
      { value: 100, qualifier: "exact", quote: "100% xã, thị trấn của tỉnh đã có công an chính quy", metric: "communes_with_regular_police_share", measure: "bac-son-ha/communes-with-regular-police-share" },
      { value: 284, qualifier: "exact", quote: "284 công an chính quy đang đảm nhiệm các chức danh công an xã", metric: nm("police", "Công an chính quy đảm nhiệm chức danh công an xã", "cong_an_chinh_quy_dam_nhiem", "cong_an_chinh_quy"), measure: "bac-son-ha/regular-police-officers" },
      { value: 2957, qualifier: "exact", quote: "2.957 tin báo, tố giác tội phạm", metric: nm("enforcement", "Tin báo, tố giác tội phạm do quần chúng cung cấp", "tin_bao_to_giac_toi_pham"), measure: "bac-son-ha/crime-reports" },
      { value: 3250000000, qualifier: "exact", quote: "3,25 tỷ đồng hỗ trợ người lầm lỗi tái hòa nhập cộng đồng", metric: nm("campaigns", "Tiền hỗ trợ người lầm lỗi tái hòa nhập cộng đồng", "ho_tro_tai_hoa_nhap_cong_dong", "tien_ho_tro_nguoi_lam_loi"), measure: "bac-son-ha/reintegration-support-money" },
      { value: 214000, qualifier: "nearly", quote: "gần 214.000 lượt người dự các buổi tuyên truyền pháp luật", metric: nm("campaigns", "Lượt người dự tuyên truyền pháp luật", "luot_nguoi_du_tuyen_truyen_phap_luat", "luot_nguoi_tham_gia_tuyen_truyen_phap_luat"), measure: "bac-son-ha/law-education-attendance" },
      { value: 2, qualifier: "exact", quote: "2 tập thể", metric: nm("awards", "Tập thể được Bộ trưởng Bộ Công an tặng bằng khen", "tap_the_bo_truong_bca_khen", "tap_the_bo_cong_an_khen"), measure: "bac-son-ha/award-minister-collective" },
      { value: 3, qualifier: "exact", quote: "3 cá nhân có thành tích xuất sắc trong xây dựng phong trào", metric: nm("awards", "Cá nhân được Bộ trưởng Bộ Công an tặng bằng khen", "ca_nhan_bo_truong_bca_khen", "ca_nhan_bo_cong_an_khen"), measure: "bac-son-ha/award-minister-individual" },
    ],
    notFigures: ["Ngày 9/11/2023", "Chương trình phối hợp số 09", "năm 2023", "thôn 3", "giai đoạn 2023 - 2033", "hai đơn vị"],
  },
  // ───────────────────────────── Phú Hải Đông: provincial paper ─────────────────────────────
  {
    name: "phu-hai-dong-bao-tong-ket",
    province: "Phú Hải Đông",
    text: [
      "Phú Hải Đông: Nhân rộng mô hình “tự phòng, tự quản, tự bảo vệ” ở cơ sở",
      "Báo Phú Hải Đông điện tử | 09:15, 31/05/2023",
      "Sáng 30/5, Ban Chỉ đạo 138 tỉnh Phú Hải Đông tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013-2023. Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh, số 112 đường Nguyễn Tất Thành.",
      "Đồng chí Nông Quốc Bảo, Phó Chủ tịch UBND tỉnh phát biểu kết luận hội nghị. Ảnh: Bảo Ngọc",
      "Toàn tỉnh đã xây dựng 94 mô hình “tự phòng, tự quản, tự bảo vệ” thuộc 7 lĩnh vực, được nhân rộng ra 1.028 địa bàn cơ sở. Hằng năm, không dưới 95% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”.",
      "Trong 10 năm, Công an tỉnh đã mở 36 đợt cao điểm tấn công, trấn áp tội phạm, triệt phá hơn 520 ổ nhóm tội phạm hình sự, triệt phá 72 đường dây mua bán, vận chuyển trái phép chất ma túy về địa bàn tiêu thụ. Công an các cấp tiếp nhận, xử lý 4.763 tin báo, tố giác tội phạm.",
      "Lực lượng chức năng cũng phát hiện, xử lý 1.104 trường hợp vi phạm pháp luật về bảo vệ môi trường; xử lý 903 vụ, 948 trường hợp vi phạm về vệ sinh an toàn thực phẩm.",
      "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nông Quốc Bảo đề nghị các địa phương tiếp tục thực hiện tốt Nghị quyết số 05-NQ/TU của Tỉnh ủy, phát huy mối quan hệ phối hợp giữa 2 lực lượng, sớm tổ chức ký kết chương trình phối hợp giai đoạn tiếp theo.",
      "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 22 tập thể, 30 cá nhân có thành tích xuất sắc.",
      "Bảo Ngọc",
    ].join("\n"),
    key: [
      { value: 94, qualifier: "exact", quote: "94 mô hình “tự phòng, tự quản, tự bảo vệ”", metric: "models", measure: "phu-hai-dong/models" },
      { value: 7, qualifier: "exact", quote: "7 lĩnh vực", metric: "model_fields", measure: "phu-hai-dong/model-fields" },
      { value: 1028, qualifier: "exact", quote: "1.028 địa bàn cơ sở", metric: "model_replication_areas", measure: "phu-hai-dong/model-replication-areas" },
      { value: 95, qualifier: "at_least", quote: "không dưới 95% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_residential_share", measure: "phu-hai-dong/safe-residential-share" },
      { value: 36, qualifier: "exact", quote: "36 đợt cao điểm tấn công, trấn áp tội phạm", metric: "peak_crackdown_campaigns", measure: "phu-hai-dong/peak-crackdown-campaigns" },
      { value: 520, qualifier: "over", quote: "hơn 520 ổ nhóm tội phạm hình sự", metric: "criminal_gangs_dismantled", measure: "phu-hai-dong/criminal-gangs-dismantled" },
      { value: 72, qualifier: "exact", quote: "72 đường dây mua bán, vận chuyển trái phép chất ma túy về địa bàn tiêu thụ", metric: "drug_lines_dismantled", measure: "phu-hai-dong/drug-lines-dismantled" },
      { value: 4763, qualifier: "exact", quote: "4.763 tin báo, tố giác tội phạm", metric: nm("enforcement", "Tin báo, tố giác tội phạm được tiếp nhận, xử lý", "tin_bao_to_giac_toi_pham"), measure: "phu-hai-dong/crime-reports" },
      { value: 1104, qualifier: "exact", quote: "1.104 trường hợp vi phạm pháp luật về bảo vệ môi trường", metric: "environment_violations_handled", measure: "phu-hai-dong/environment-violations-handled" },
      { value: 903, qualifier: "exact", quote: "903 vụ", metric: "food_safety_cases_handled", measure: "phu-hai-dong/food-safety-cases-handled" },
      { value: 948, qualifier: "exact", quote: "948 trường hợp vi phạm về vệ sinh an toàn thực phẩm", metric: "food_safety_violations_handled", measure: "phu-hai-dong/food-safety-violations-handled" },
      { value: 22, qualifier: "exact", quote: "22 tập thể", metric: "award_ppc_chair_collective", measure: "phu-hai-dong/award-ppc-chair-collective" },
      { value: 30, qualifier: "exact", quote: "30 cá nhân có thành tích xuất sắc", metric: "award_ppc_chair_individual", measure: "phu-hai-dong/award-ppc-chair-individual" },
    ],
    notFigures: ["09:15, 31/05/2023", "Sáng 30/5", "Ban Chỉ đạo 138", "10 năm", "giai đoạn 2013-2023", "số 112 đường Nguyễn Tất Thành", "Nghị quyết số 05-NQ/TU", "giữa 2 lực lượng", "Trong 10 năm", "Chương trình phối hợp số 09/CTr-BCA-MTTW"],
  },
  // ───────────────────────────── Phú Hải Đông: radio-TV site, same conference ─────────────────────────────
  {
    name: "phu-hai-dong-truyen-hinh-tong-ket",
    province: "Phú Hải Đông",
    text: [
      "Phú Hải Đông tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "PHTV - Ngày 30/5/2023, Công an tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổng kết 10 năm thực hiện Chương trình phối hợp về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”.",
      "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
      "Theo báo cáo, hiện toàn tỉnh có 94 mô hình tự phòng, tự quản hoạt động hiệu quả. Cũng trong 10 năm, Nhân dân đã cung cấp cho lực lượng Công an gần 4.800 tin báo, tố giác về tội phạm; qua đó lực lượng chức năng đã triệt phá trên 520 ổ, nhóm tội phạm hình sự, triệt xóa 684 tụ điểm, điểm mua bán, tổ chức sử dụng trái phép chất ma túy, thu giữ 12,5 kg ma túy tổng hợp.",
      "Công an tỉnh đã lập hồ sơ đề nghị đưa 311 người vào cơ sở giáo dục bắt buộc, 42 người vào trường giáo dưỡng; lập 1.265 hồ sơ đề nghị đưa người vào cơ sở cai nghiện bắt buộc, giáo dục tại xã, phường, thị trấn.",
      "Thượng tá Đàm Văn Lực, Phó Giám đốc Công an tỉnh cho biết, từ năm thứ 3 thực hiện Chương trình, các mô hình đã được nhân rộng xuống thôn, bản.",
      "Ảnh: Lãnh đạo Công an tỉnh trao Giấy khen cho các tập thể.",
      "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 40 tập thể, 55 cá nhân; Ủy ban MTTQ Việt Nam tỉnh cũng tặng Bằng khen cho nhiều tập thể có thành tích trong phong trào.",
      "Hồng Nhung - Đức Anh / PHTV",
    ].join("\n"),
    key: [
      { value: 94, qualifier: "exact", quote: "94 mô hình tự phòng, tự quản hoạt động hiệu quả", metric: "models", measure: "phu-hai-dong/models" },
      { value: 4800, qualifier: "nearly", quote: "gần 4.800 tin báo, tố giác về tội phạm", metric: nm("enforcement", "Tin báo, tố giác về tội phạm do Nhân dân cung cấp", "tin_bao_to_giac_ve_toi_pham", "tin_bao_to_giac_toi_pham"), measure: "phu-hai-dong/crime-reports" },
      { value: 520, qualifier: "over", quote: "trên 520 ổ, nhóm tội phạm hình sự", metric: "criminal_gangs_dismantled", measure: "phu-hai-dong/criminal-gangs-dismantled" },
      { value: 684, qualifier: "exact", quote: "684 tụ điểm, điểm mua bán, tổ chức sử dụng trái phép chất ma túy", metric: "drug_spots_eliminated", measure: "phu-hai-dong/drug-spots-eliminated" },
      { value: 12.5, qualifier: "exact", quote: "12,5 kg ma túy tổng hợp", metric: nm("enforcement", "Ma túy tổng hợp thu giữ (kg)", "ma_tuy_tong_hop", "ma_tuy_tong_hop_thu_giu", "kg_ma_tuy_tong_hop"), measure: "phu-hai-dong/drugs-seized-kg" },
      { value: 311, qualifier: "exact", quote: "311 người vào cơ sở giáo dục bắt buộc", metric: "compulsory_education_referrals", measure: "phu-hai-dong/compulsory-education-referrals" },
      { value: 42, qualifier: "exact", quote: "42 người vào trường giáo dưỡng", metric: "reformatory_referrals", measure: "phu-hai-dong/reformatory-referrals" },
      { value: 1265, qualifier: "exact", quote: "1.265 hồ sơ đề nghị đưa người vào cơ sở cai nghiện bắt buộc, giáo dục tại xã, phường, thị trấn", metric: "rehab_or_commune_education_referrals", measure: "phu-hai-dong/rehab-or-commune-education-referrals" },
      { value: 40, qualifier: "exact", quote: "40 tập thể", metric: "award_police_director_collective", measure: "phu-hai-dong/award-police-director-collective" },
      { value: 55, qualifier: "exact", quote: "55 cá nhân", metric: "award_police_director_individual", measure: "phu-hai-dong/award-police-director-individual" },
      { value: null, qualifier: "unquantified", quote: "nhiều tập thể có thành tích trong phong trào", metric: "award_vff_collective", measure: "phu-hai-dong/award-vff-collective" },
    ],
    notFigures: ["Ngày 30/5/2023", "10 năm", "năm thứ 3", "trong 10 năm"],
  },
  // ───────────────────────────── Phú Hải Đông: commune-level review (xã Tân Khê Hạ) ─────────────────────────────
  {
    name: "tan-khe-ha-xa-tong-ket",
    province: "Phú Hải Đông",
    text: [
      "Xã Tân Khê Hạ tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Cổng TTĐT huyện Đồng Mai Thượng - Sáng 18/7, Đảng ủy, UBND, Ủy ban MTTQ xã Tân Khê Hạ (huyện Đồng Mai Thượng) tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 trên địa bàn xã. Đồng chí Hà Văn Phúc, Phó Chủ tịch UBND huyện dự hội nghị.",
      "Ảnh: Toàn cảnh hội nghị tại Hội trường UBND xã.",
      "Xã hiện duy trì 6 mô hình tự quản về an ninh trật tự, trong đó có 2 mô hình “Camera an ninh”, được lắp đặt ở thôn 3 và thôn Khe Mát. Toàn xã có 14 tổ tự quản với 98 thành viên, hoạt động thường xuyên.",
      "Kinh phí lắp đặt camera được xã hội hóa, với tổng số tiền khoảng 230 triệu đồng do Nhân dân đóng góp. Mỗi năm, xã tổ chức ít nhất 12 buổi tuyên truyền pháp luật tại các thôn, thu hút gần 9.600 lượt người tham gia các buổi tuyên truyền.",
      "Nhờ đó, mỗi năm trên địa bàn xã chỉ xảy ra không quá 3 vụ phạm pháp hình sự; 5/5 thôn đạt tiêu chuẩn “An toàn về an ninh trật tự”. Năm 2022, xã tổ chức cho 1.842/1.850 hộ gia đình ký cam kết không vi phạm pháp luật.",
      "Ông Phan Văn Lộc (72 tuổi), Tổ trưởng tổ tự quản thôn 3, nhận Giấy khen. Ảnh: Thu Hà",
      "Dịp này, Chủ tịch UBND xã tặng Giấy khen cho 4 tập thể, 9 cá nhân tiêu biểu. Mọi tin báo về an ninh trật tự, Nhân dân liên hệ Công an xã qua số điện thoại 0297.3910.468.",
      "Thu Hà",
    ].join("\n"),
    key: [
      { value: 6, qualifier: "exact", quote: "6 mô hình tự quản về an ninh trật tự", metric: nm("models", "Mô hình tự quản về an ninh trật tự (xã)", "mo_hinh_tu_quan_an_ninh_trat_tu", "mo_hinh_tu_quan"), measure: "tan-khe-ha/models" },
      { value: 2, qualifier: "exact", quote: "2 mô hình “Camera an ninh”", metric: nm("models", "Mô hình “Camera an ninh”", "mo_hinh_camera_an_ninh"), measure: "tan-khe-ha/camera-models" },
      { value: 14, qualifier: "exact", quote: "14 tổ tự quản", metric: "self_managed_teams", measure: "tan-khe-ha/self-managed-teams" },
      { value: 98, qualifier: "exact", quote: "98 thành viên", metric: nm("organisations", "Thành viên tổ tự quản", "thanh_vien_to_tu_quan"), measure: "tan-khe-ha/self-managed-team-members" },
      { value: 230000000, qualifier: "about", quote: "khoảng 230 triệu đồng do Nhân dân đóng góp", metric: nm("campaigns", "Kinh phí Nhân dân đóng góp lắp đặt camera", "kinh_phi_nhan_dan_dong_gop", "tien_nhan_dan_dong_gop", "kinh_phi_lap_dat_camera"), measure: "tan-khe-ha/people-contributions" },
      { value: 12, qualifier: "at_least", quote: "ít nhất 12 buổi tuyên truyền pháp luật tại các thôn", metric: nm("campaigns", "Buổi tuyên truyền pháp luật", "buoi_tuyen_truyen_phap_luat"), measure: "tan-khe-ha/law-education-sessions" },
      { value: 9600, qualifier: "nearly", quote: "gần 9.600 lượt người tham gia các buổi tuyên truyền", metric: nm("campaigns", "Lượt người tham gia tuyên truyền pháp luật", "luot_nguoi_tham_gia_tuyen_truyen", "luot_nguoi_tham_gia_tuyen_truyen_phap_luat"), measure: "tan-khe-ha/law-education-attendance" },
      { value: 3, qualifier: "at_most", quote: "không quá 3 vụ phạm pháp hình sự", metric: nm("enforcement", "Vụ phạm pháp hình sự xảy ra", "vu_pham_phap_hinh_su"), measure: "tan-khe-ha/criminal-offences" },
      { value: 5, qualifier: "exact", quote: "5/5 thôn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: nm("safety", "Thôn đạt tiêu chuẩn “An toàn về an ninh trật tự”", "thon_dat_chuan_an_toan", "thon_an_toan_an_ninh_trat_tu"), measure: "tan-khe-ha/safe-villages" },
      { value: 1842, qualifier: "exact", quote: "1.842/1.850 hộ gia đình ký cam kết không vi phạm pháp luật", metric: nm("campaigns", "Hộ gia đình ký cam kết không vi phạm pháp luật", "ho_gia_dinh_ky_cam_ket", "ho_ky_cam_ket_khong_vi_pham"), measure: "tan-khe-ha/household-pledges" },
      { value: 4, qualifier: "exact", quote: "4 tập thể", metric: nm("awards", "Tập thể được Chủ tịch UBND xã tặng giấy khen", "tap_the_chu_tich_ubnd_xa_khen", "tap_the_ubnd_xa_khen"), measure: "tan-khe-ha/award-commune-chair-collective" },
      { value: 9, qualifier: "exact", quote: "9 cá nhân tiêu biểu", metric: nm("awards", "Cá nhân được Chủ tịch UBND xã tặng giấy khen", "ca_nhan_chu_tich_ubnd_xa_khen", "ca_nhan_ubnd_xa_khen"), measure: "tan-khe-ha/award-commune-chair-individual" },
    ],
    notFigures: ["Sáng 18/7", "10 năm", "Chương trình phối hợp số 09", "(72 tuổi)", "tổ tự quản thôn 3", "thôn 3 và thôn Khe Mát", "Năm 2022", "0297.3910.468"],
  },
  // ───────────────────────────── Thượng Ngàn: police portal ─────────────────────────────
  {
    name: "thuong-ngan-cong-an-tong-ket",
    province: "Thượng Ngàn",
    text: [
      "Công an tỉnh Thượng Ngàn: Xây dựng thế trận an ninh nhân dân vững chắc từ cơ sở",
      "Cổng TTĐT Công an tỉnh Thượng Ngàn - Chiều 20/6, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW (2013 – 2023). Đại tá Vàng A Chính, Giám đốc Công an tỉnh và bà Hầu Thị Dung, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.",
      "Đại tá Vàng A Chính phát biểu tại hội nghị. Ảnh: Quốc Hưng",
      "Trong mười năm qua, Công an tỉnh đã mở mười hai đợt cao điểm tấn công, trấn áp tội phạm, nhất là tội phạm ma túy trên tuyến biên giới. Nhân dân đã cung cấp trên 5.100 nguồn tin có giá trị, giúp Công an các đơn vị, địa phương bắt, vận động 176 đối tượng truy nã ra đầu thú.",
      "Toàn tỉnh có 1.468 mô hình quần chúng tự quản về an ninh trật tự, trong đó có 312 mô hình “Camera an ninh”, 205 mô hình “Tổ liên gia an toàn”. Các cơ sở kinh doanh có điều kiện về an ninh, trật tự đã ký 1.312/1.312 bản cam kết bảo đảm an ninh trật tự.",
      "Đến nay, 828 cơ quan, doanh nghiệp, trường học được công nhận đạt chuẩn “An toàn về an ninh trật tự”. Công tác quản lý, giáo dục người chấp hành xong án phạt tù trở về địa phương được quan tâm; chỉ có không quá 1,5% số người chấp hành xong án phạt tù tái phạm.",
      "Trao Giấy khen của Giám đốc Công an tỉnh cho các tập thể, cá nhân. Ảnh: Quốc Hưng",
      "Tại hội nghị, Giám đốc Công an tỉnh tặng Giấy khen cho 35 tập thể, 48 cá nhân; 2 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen.",
      "Địa chỉ: Công an tỉnh Thượng Ngàn, số 18 đường Trần Hưng Đạo. Đường dây nóng: 0219.3866.113.",
    ].join("\n"),
    key: [
      { value: 12, qualifier: "exact", quote: "mười hai đợt cao điểm tấn công, trấn áp tội phạm", metric: "peak_crackdown_campaigns", measure: "thuong-ngan/peak-crackdown-campaigns" },
      { value: 5100, qualifier: "over", quote: "trên 5.100 nguồn tin có giá trị", metric: nm("enforcement", "Nguồn tin có giá trị do Nhân dân cung cấp", "nguon_tin_co_gia_tri"), measure: "thuong-ngan/valuable-information" },
      { value: 176, qualifier: "exact", quote: "176 đối tượng truy nã ra đầu thú", metric: "wanted_persons_caught", measure: "thuong-ngan/wanted-persons-caught" },
      { value: 1468, qualifier: "exact", quote: "1.468 mô hình quần chúng tự quản về an ninh trật tự", metric: "models", measure: "thuong-ngan/models" },
      { value: 312, qualifier: "exact", quote: "312 mô hình “Camera an ninh”", metric: nm("models", "Mô hình “Camera an ninh”", "mo_hinh_camera_an_ninh"), measure: "thuong-ngan/camera-models" },
      { value: 205, qualifier: "exact", quote: "205 mô hình “Tổ liên gia an toàn”", metric: nm("models", "Mô hình “Tổ liên gia an toàn”", "mo_hinh_to_lien_gia_an_toan"), measure: "thuong-ngan/joint-household-models" },
      { value: 1312, qualifier: "exact", quote: "1.312/1.312 bản cam kết bảo đảm an ninh trật tự", metric: nm("campaigns", "Bản cam kết bảo đảm an ninh trật tự của cơ sở kinh doanh có điều kiện", "ban_cam_ket_bao_dam_an_ninh", "ban_cam_ket_an_ninh_trat_tu"), measure: "thuong-ngan/business-security-pledges" },
      { value: 828, qualifier: "exact", quote: "828 cơ quan, doanh nghiệp, trường học được công nhận đạt chuẩn “An toàn về an ninh trật tự”", metric: nm("safety", "Cơ quan, doanh nghiệp, trường học đạt chuẩn “An toàn về an ninh trật tự” (số lượng)", "co_quan_doanh_nghiep_dat_chuan", "co_quan_dat_chuan_an_toan"), measure: "thuong-ngan/safe-agencies-count" },
      { value: 1.5, qualifier: "at_most", quote: "không quá 1,5% số người chấp hành xong án phạt tù tái phạm", metric: nm("enforcement", "Tỉ lệ người chấp hành xong án phạt tù tái phạm", "nguoi_chap_hanh_xong_an_tai_pham", "nguoi_tai_pham", "ty_le_tai_pham"), measure: "thuong-ngan/reoffending-share" },
      { value: 35, qualifier: "exact", quote: "35 tập thể", metric: "award_police_director_collective", measure: "thuong-ngan/award-police-director-collective" },
      { value: 48, qualifier: "exact", quote: "48 cá nhân", metric: "award_police_director_individual", measure: "thuong-ngan/award-police-director-individual" },
      { value: 2, qualifier: "exact", quote: "2 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen", metric: nm("awards", "Tập thể được Bộ trưởng Bộ Công an tặng bằng khen", "tap_the_bo_truong_bca_khen", "tap_the_bo_cong_an_khen"), measure: "thuong-ngan/award-minister-collective" },
    ],
    notFigures: ["Chiều 20/6", "10 năm", "Chương trình phối hợp số 09/CTr-BCA-MTTW", "(2013 – 2023)", "mười năm qua", "số 18 đường Trần Hưng Đạo", "0219.3866.113"],
  },
  // ───────────────────────────── Thượng Ngàn: provincial paper, same conference ─────────────────────────────
  {
    name: "thuong-ngan-bao-tong-ket",
    province: "Thượng Ngàn",
    text: [
      "Thượng Ngàn: Phong trào toàn dân bảo vệ an ninh Tổ quốc ngày càng đi vào chiều sâu",
      "Báo Thượng Ngàn - Ngày 20/6/2023, tại Hội trường Công an tỉnh, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh đã tổng kết 10 năm thực hiện Chương trình phối hợp số 09.",
      "Đồng chí Giàng Seo Phủ, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể. Ảnh: Lan Phương",
      "Đến nay, toàn tỉnh có gần 1.500 mô hình quần chúng tự quản, nổi bật là 312 mô hình camera an ninh ở các xã biên giới. Lực lượng nòng cốt ở cơ sở được củng cố với gần ba trăm tổ an ninh xung kích.",
      "Năm 2022, 98,2% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”. Từ phong trào, quần chúng đã cung cấp hơn 5.100 nguồn tin có giá trị cho cơ quan Công an; cùng với 12 đợt cao điểm tấn công trấn áp tội phạm, tình hình an ninh trật tự tại các huyện biên giới được giữ vững.",
      "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Giàng Seo Phủ đề nghị Công an tỉnh và Ủy ban MTTQ tỉnh sớm ký kết Chương trình phối hợp giai đoạn 2023 - 2028, triển khai Quyết định số 1520/QĐ-UBND của UBND tỉnh.",
      "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 26 cá nhân. Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho nhiều cá nhân có thành tích xuất sắc trong thực hiện Chương trình.",
      "Lan Phương",
    ].join("\n"),
    key: [
      { value: 1500, qualifier: "nearly", quote: "gần 1.500 mô hình quần chúng tự quản", metric: "models", measure: "thuong-ngan/models" },
      { value: 312, qualifier: "exact", quote: "312 mô hình camera an ninh ở các xã biên giới", metric: nm("models", "Mô hình camera an ninh", "mo_hinh_camera_an_ninh"), measure: "thuong-ngan/camera-models" },
      { value: 300, qualifier: "nearly", quote: "gần ba trăm tổ an ninh xung kích", metric: nm("organisations", "Tổ an ninh xung kích", "to_an_ninh_xung_kich"), measure: "thuong-ngan/security-shock-teams" },
      { value: 98.2, qualifier: "exact", quote: "98,2% khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: "safe_residential_share", measure: "thuong-ngan/safe-residential-share" },
      { value: 5100, qualifier: "over", quote: "hơn 5.100 nguồn tin có giá trị cho cơ quan Công an", metric: nm("enforcement", "Nguồn tin có giá trị do quần chúng cung cấp", "nguon_tin_co_gia_tri"), measure: "thuong-ngan/valuable-information" },
      { value: 12, qualifier: "exact", quote: "12 đợt cao điểm tấn công trấn áp tội phạm", metric: "peak_crackdown_campaigns", measure: "thuong-ngan/peak-crackdown-campaigns" },
      { value: 20, qualifier: "exact", quote: "20 tập thể", metric: "award_ppc_chair_collective", measure: "thuong-ngan/award-ppc-chair-collective" },
      { value: 26, qualifier: "exact", quote: "26 cá nhân", metric: "award_ppc_chair_individual", measure: "thuong-ngan/award-ppc-chair-individual" },
      { value: null, qualifier: "unquantified", quote: "nhiều cá nhân có thành tích xuất sắc trong thực hiện Chương trình", metric: "award_vff_individual", measure: "thuong-ngan/award-vff-individual" },
    ],
    notFigures: ["Ngày 20/6/2023", "10 năm", "Chương trình phối hợp số 09", "Năm 2022", "giai đoạn 2023 - 2028", "Quyết định số 1520/QĐ-UBND"],
  },
  // ───────────────────────────── Thượng Ngàn: district-level review (huyện Khe Lau Thượng) ─────────────────────────────
  {
    name: "khe-lau-thuong-huyen-tong-ket",
    province: "Thượng Ngàn",
    text: [
      "Khe Lau Thượng: Giữ vững bình yên nơi phên dậu biên cương",
      "Báo Thượng Ngàn - Ngày 12/7/2023, Ban Chỉ đạo 138 huyện Khe Lau Thượng tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09 giữa Công an huyện và Ủy ban MTTQ Việt Nam huyện.",
      "Ảnh: Đại biểu tham quan mô hình “Cột mốc bình yên” tại khu vực mốc số 186, xã Pà Lùng Thượng.",
      "Mười năm qua, Công an huyện và Mặt trận các cấp đã tổ chức 64 hội nghị, buổi tuyên truyền, thu hút khoảng 21.000 lượt người dân tộc thiểu số tham dự. Toàn huyện duy trì 143 mô hình tự quản, trong đó có 38 mô hình “Cột mốc bình yên” do các đồn biên phòng và công an xã cùng phụ trách.",
      "Lực lượng chức năng đã phát hiện, bắt giữ 46 vụ vận chuyển trái phép chất ma túy qua biên giới, thu giữ 3,6 kg heroin. Nhờ Nhân dân tích cực tố giác, mỗi năm trên địa bàn chỉ ghi nhận không quá 5 trường hợp xuất, nhập cảnh trái phép.",
      "Đến nay, 21/23 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”; 9 xã được công nhận “Xã không có ma túy”. Các bản biên giới đã huy động trên 1,1 tỷ đồng lắp đặt hệ thống loa truyền thanh, camera an ninh.",
      "Ông Thào Mí Sính (59 tuổi), người có uy tín ở bản Phìn Chải Hạ, phát biểu tham luận. Ảnh: Lan Phương",
      "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 10 tập thể, 15 cá nhân; Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 6 tập thể. Đây là lần thứ hai huyện tổ chức khen thưởng phong trào ở quy mô toàn huyện.",
      "Lan Phương",
    ].join("\n"),
    key: [
      { value: 64, qualifier: "exact", quote: "64 hội nghị, buổi tuyên truyền", metric: nm("campaigns", "Hội nghị, buổi tuyên truyền", "hoi_nghi_buoi_tuyen_truyen", "buoi_tuyen_truyen"), measure: "khe-lau-thuong/propaganda-sessions" },
      { value: 21000, qualifier: "about", quote: "khoảng 21.000 lượt người dân tộc thiểu số tham dự", metric: nm("campaigns", "Lượt người dân tộc thiểu số dự tuyên truyền", "luot_nguoi_dan_toc_thieu_so_tham_du", "luot_nguoi_tham_du_tuyen_truyen"), measure: "khe-lau-thuong/propaganda-attendance" },
      { value: 143, qualifier: "exact", quote: "143 mô hình tự quản", metric: nm("models", "Mô hình tự quản (huyện)", "mo_hinh_tu_quan"), measure: "khe-lau-thuong/models" },
      { value: 38, qualifier: "exact", quote: "38 mô hình “Cột mốc bình yên” do các đồn biên phòng và công an xã cùng phụ trách", metric: nm("models", "Mô hình “Cột mốc bình yên”", "mo_hinh_cot_moc_binh_yen"), measure: "khe-lau-thuong/peaceful-border-marker-models" },
      { value: 46, qualifier: "exact", quote: "46 vụ vận chuyển trái phép chất ma túy qua biên giới", metric: nm("enforcement", "Vụ vận chuyển trái phép ma túy qua biên giới bị bắt giữ", "vu_van_chuyen_trai_phep_ma_tuy", "vu_van_chuyen_ma_tuy_qua_bien_gioi"), measure: "khe-lau-thuong/drug-trafficking-cases" },
      { value: 3.6, qualifier: "exact", quote: "3,6 kg heroin", metric: nm("enforcement", "Heroin thu giữ (kg)", "heroin_thu_giu", "kg_heroin"), measure: "khe-lau-thuong/heroin-seized-kg" },
      { value: 5, qualifier: "at_most", quote: "không quá 5 trường hợp xuất, nhập cảnh trái phép", metric: nm("enforcement", "Trường hợp xuất, nhập cảnh trái phép", "truong_hop_xuat_nhap_canh_trai_phep", "xuat_nhap_canh_trai_phep"), measure: "khe-lau-thuong/illegal-border-crossings" },
      { value: 21, qualifier: "exact", quote: "21/23 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự”", metric: nm("safety", "Xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh trật tự” (số lượng)", "xa_thi_tran_dat_chuan_an_toan", "xa_dat_chuan_an_toan"), measure: "khe-lau-thuong/safe-communes-count" },
      { value: 9, qualifier: "exact", quote: "9 xã được công nhận “Xã không có ma túy”", metric: nm("safety", "Xã được công nhận “Xã không có ma túy”", "xa_khong_co_ma_tuy", "xa_duoc_cong_nhan_khong_co_ma_tuy"), measure: "khe-lau-thuong/drug-free-communes" },
      { value: 1100000000, qualifier: "over", quote: "trên 1,1 tỷ đồng lắp đặt hệ thống loa truyền thanh, camera an ninh", metric: nm("campaigns", "Kinh phí huy động lắp đặt loa truyền thanh, camera an ninh", "kinh_phi_lap_dat_loa_truyen_thanh_camera", "tien_lap_dat_loa_camera"), measure: "khe-lau-thuong/loudspeaker-camera-funds" },
      { value: 10, qualifier: "exact", quote: "10 tập thể", metric: nm("awards", "Tập thể được Chủ tịch UBND huyện tặng giấy khen", "tap_the_chu_tich_ubnd_huyen_khen", "tap_the_ubnd_huyen_khen"), measure: "khe-lau-thuong/award-district-chair-collective" },
      { value: 15, qualifier: "exact", quote: "15 cá nhân", metric: nm("awards", "Cá nhân được Chủ tịch UBND huyện tặng giấy khen", "ca_nhan_chu_tich_ubnd_huyen_khen", "ca_nhan_ubnd_huyen_khen"), measure: "khe-lau-thuong/award-district-chair-individual" },
      { value: 6, qualifier: "exact", quote: "6 tập thể", metric: nm("awards", "Tập thể được Ủy ban MTTQ huyện tặng giấy khen", "tap_the_ubmttq_huyen_khen", "tap_the_mttq_huyen_khen"), measure: "khe-lau-thuong/award-district-vff-collective" },
    ],
    notFigures: ["Ngày 12/7/2023", "Ban Chỉ đạo 138", "10 năm", "Chương trình phối hợp số 09", "mốc số 186", "Mười năm qua", "(59 tuổi)", "lần thứ hai"],
  },
];
