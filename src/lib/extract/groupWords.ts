/**
 * Words that tell which group of data/metrics.csv a new measure belongs to, beyond the dictionary's own words:
 * `heads` are what it counts (its counted noun), `words` what is said of it (in its phrase or its clause).
 */
export const GROUP_WORDS: Readonly<Record<string, { heads: readonly string[]; words: readonly string[] }>> = {
  models: { heads: ["mô hình", "loại mô hình", "điển hình", "gương"], words: ["mô hình"] },
  campaigns: {
    heads: ["buổi", "lượt", "lượt người", "hội nghị", "đợt", "cuộc", "lớp", "tờ rơi", "tài liệu", "tin bài", "tin, bài", "bài viết", "phóng sự", "pa nô", "khẩu hiệu", "loa", "đồng", "triệu đồng", "tỷ đồng", "ngày công", "hộ", "hộ gia đình", "gia đình", "bản cam kết", "diễn đàn", "hội thi", "cuộc thi", "chương trình"],
    words: ["tuyên truyền", "phổ biến", "phát động", "cam kết", "đóng góp", "huy động", "kinh phí", "ngày hội", "vận động", "hỗ trợ", "quỹ", "tham gia", "tham dự"],
  },
  organisations: {
    heads: ["tổ", "đội", "nhóm", "tổ, nhóm", "tổ, đội", "câu lạc bộ", "thành viên", "hội viên", "đoàn viên", "hòa giải viên", "hoà giải viên", "tuyên truyền viên", "cộng tác viên", "báo cáo viên", "cụm", "vụ việc"],
    words: ["hòa giải", "hoà giải", "tự quản", "xung kích", "quần chúng", "mâu thuẫn", "quy chế phối hợp", "quy chế", "thành lập"],
  },
  safety: { heads: [], words: ["đạt chuẩn", "tiêu chuẩn", "tiêu chí", "an toàn", "không có tội phạm", "không có ma túy", "không có ma tuý", "không có tệ nạn", "không có tội phạm và tệ nạn", "bình yên"] },
  police: { heads: ["công an", "cán bộ", "chiến sĩ"], words: ["chính quy", "công an xã"] },
  awards: { heads: ["tập thể", "cá nhân", "bằng khen", "giấy khen"], words: ["khen"] },
  enforcement: {
    heads: ["vụ", "vụ án", "đối tượng", "kg", "gam", "tin báo", "nguồn tin", "tin tố giác", "khẩu súng", "vũ khí", "trường hợp", "ổ nhóm", "đường dây", "tụ điểm", "hồ sơ", "viên", "phương tiện"],
    words: ["tội phạm", "ma túy", "ma tuý", "truy nã", "tố giác", "vi phạm", "trái phép", "tái phạm", "nhập cảnh", "triệt phá", "thu giữ", "heroin", "xử lý", "phạm pháp", "hình sự", "buôn lậu", "khám phá", "điều tra", "làm rõ", "bắt giữ"],
  },
};

/** The order groups are tried in when two score the same: the narrower first. */
export const GROUP_ORDER = ["awards", "models", "police", "safety", "organisations", "enforcement", "campaigns"];
