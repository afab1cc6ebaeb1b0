/**
 * Things Vietnamese review articles count, beyond the metric dictionary's own keywords. A number followed by
 * one of these is a figure even when no metric fits; the extractor then proposes a new metric id for it.
 * Pairs written with a comma ("tổ, nhóm") are one thing counted, listed whole so the id keeps both words.
 */
export const COUNTED_NOUNS: readonly string[] = [
  "vụ", "vụ việc", "vụ án", "người", "đối tượng", "buổi", "nguồn tin", "tin báo", "tin tố giác", "lượt", "đợt", "tổ", "đội", "cuộc",
  "tổ, nhóm", "tổ, đội", "nhóm", "hộ", "gia đình", "tập thể", "cá nhân", "bằng khen", "giấy khen", "mô hình",
  "loại mô hình", "câu lạc bộ", "hội nghị", "lớp", "tài liệu", "tin bài", "tin, bài", "bài viết", "phóng sự",
  "phương tiện", "khẩu súng", "vũ khí", "xe", "trường hợp", "hồ sơ", "đơn thư", "công trình", "camera", "điểm",
  "cụm", "thôn", "xóm", "tổ dân phố", "khu dân cư", "xã", "ổ nhóm", "ổ, nhóm", "đường dây", "tụ điểm", "cuộc họp",
  "đoàn viên", "hội viên", "cán bộ", "chiến sĩ", "thành viên", "tấn", "kg", "triệu đồng", "tỷ đồng", "đồng",
  "bánh", "viên", "gam", "lít", "héc-ta", "ha", "địa bàn", "diễn đàn", "tuyến đường", "tuyến phố", "tuyến",
  "ngày công", "mét", "km", "bóng đèn", "cột đèn", "trụ đèn", "ấp", "bản", "khu phố", "tiểu khu", "cơ quan",
  "doanh nghiệp", "trường học", "cơ sở", "phiên", "chương trình", "hoạt động", "sáng kiến", "gương",
  "điển hình", "lượt người", "hội thi", "cuộc thi", "tờ rơi", "pa nô", "khẩu hiệu", "loa", "hòa giải viên",
  "hoà giải viên", "tuyên truyền viên", "cộng tác viên", "báo cáo viên", "công an chính quy", "bản cam kết",
];

// Words that start with a counted noun but are something else: "đơn vị" (unit, party) is no "đơn".
export const NOT_COUNTED: readonly string[] = ["tổ chức", "đơn vị", "điểm sáng", "xã hội", "cơ sở vật chất"];
