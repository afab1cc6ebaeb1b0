/**
 * Things Vietnamese review articles count, beyond the metric dictionary's own keywords. A number followed by
 * one of these is a figure even when no metric fits; the extractor then proposes a new metric id for it.
 */
export const COUNTED_NOUNS: readonly string[] = [
  "vụ", "người", "đối tượng", "buổi", "nguồn tin", "tin báo", "tin tố giác", "lượt", "đợt", "tổ", "đội", "cuộc",
  "hộ", "gia đình", "tập thể", "cá nhân", "bằng khen", "giấy khen", "mô hình", "câu lạc bộ", "hội nghị", "lớp",
  "tài liệu", "tin bài", "tin, bài", "bài viết", "phóng sự", "phương tiện", "khẩu súng", "vũ khí", "xe", "trường hợp",
  "hồ sơ", "đơn", "công trình", "camera", "điểm", "cụm", "thôn", "xóm", "tổ dân phố", "khu dân cư", "xã", "ổ nhóm",
  "đường dây", "tụ điểm", "cuộc họp", "đoàn viên", "hội viên", "cán bộ", "chiến sĩ", "thành viên", "tấn", "kg",
  "triệu đồng", "tỷ đồng", "đồng", "bánh", "viên", "gam", "lít", "héc-ta", "ha",
];
