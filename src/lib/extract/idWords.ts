import { BOUNDS_BEFORE } from "../text/bounds.ts";

// Words that say what is counted; the lists the extractor names a new metric from (see proposedWords).

/**
 * First syllables of verbs that follow what is counted and say what it did, not what it is (hoạt động, phát huy,
 * thực hiện, triển khai, duy trì, xây dựng, tham gia, tham dự); after a sum of money they say what it paid for.
 */
export const VERB_STARTS: ReadonlySet<string> = new Set(["hoạt", "phát", "thực", "triển", "duy", "xây", "tham", "dự"]);

/** Words that end the name of what is counted: prepositions, conjunctions and words that open a phrase of their own. */
export const STOP = new Set([
  "của", "cho", "với", "và", "cùng", "tại", "trong", "để", "từ", "ở", "thuộc", "trên", "dưới", "gồm", "là",
  "nhằm", "theo", "do", "này", "đó", "nhiều", "mỗi", "hơn", "gần", "khoảng", "như", "hoặc", "hay", "nên", "mà", "thì",
  "vào", "ra", "lên", "đến", "tới", "qua", "cả", "giúp", "số", "lắng", "giữ", "ngay", "các", "những",
  "trở", "nhờ", "sau", "trước", "khi", "nhưng", "hằng", "hàng", "thường",
  ...VERB_STARTS,
]);

/** Words that say nothing of what is counted and are left out of its name: "33 xã đã được công nhận" is "xã công nhận". */
export const SKIP = new Set(["được", "đã", "đang", "sẽ", "bị", "đều", "luôn", "vẫn", "cũng", "từng", "về", "chất"]);

/** Before the number, words that carry no meaning of the measure ("tổ chức cho 860.500 lượt người"). */
export const LEAD_SKIP = new Set([
  ...SKIP, "tổ", "chức", "có", "là", "đạt", "thu", "hút", "với", "cho", "ở", "tại", "và", "của", "trong", "toàn", "tỉnh",
  "huyện", "xã", "đến", "nay", "hiện", "qua", "từ", "năm", "đó", "này", "nhân", "dân", "người",
  ...Object.keys(BOUNDS_BEFORE).flatMap((w) => w.split(" ")),
]);

/** Words written after another that means the same in a measure's name, and left out: "tuyên truyền, phổ biến pháp luật". */
export const PARTNERS: Readonly<Record<string, readonly string[]>> = {
  "tuyên truyền": ["phổ biến", "giáo dục", "vận động"],
  "phổ biến": ["giáo dục"],
};

/** Two ways of writing one thing, the second as the id writes it: "đạt tiêu chuẩn" and "đạt chuẩn". */
export const SAME_AS: Readonly<Record<string, string>> = {
  "đạt tiêu chuẩn": "đạt chuẩn",
  "hoà giải": "hòa giải",
  // The mass organisations' full names and the short ones everyone uses.
  "hội liên hiệp phụ nữ": "hội phụ nữ",
  "hội lhpn": "hội phụ nữ",
  "đoàn thanh niên cộng sản hồ chí minh": "đoàn thanh niên",
};

/** Verbs of attending: "lượt người tham gia", "lượt người dự", "lượt người nghe" all count attendance. */
export const ATTEND = ["tham gia", "tham dự", "dự", "nghe"];

/** What people attend, counted before their attendance: "1.930 buổi tuyên truyền … thu hút 214.000 lượt". */
export const EVENTS = ["buổi", "hội nghị", "đợt", "cuộc", "lớp", "hội thi", "cuộc thi", "diễn đàn", "phiên", "chương trình", "cuộc họp"];

/** Bodies whose members are counted after them: "14 tổ tự quản với 98 thành viên". */
export const MEMBERS_OF = ["tổ", "đội", "nhóm", "tổ, nhóm", "tổ, đội", "câu lạc bộ", "cụm", "hội", "chi hội"];

/** Criminal groups whose suspects are counted after them: "62 ổ, nhóm tội phạm hình sự với 1.018 đối tượng". */
export const GANGS = ["ổ nhóm", "ổ, nhóm", "băng nhóm", "băng, nhóm", "đường dây", "nhóm"];

/** Units of money: a sum is named "tiền" and what it is for or from ("tiền nhân dân đóng góp"), whatever its unit. */
export const MONEY = ["đồng", "triệu đồng", "tỷ đồng", "tỉ đồng", "nghìn đồng", "ngàn đồng"];

/** After a sum of money, words that lead to what it is for or from, left out of its name: "do Nhân dân đóng góp". */
export const MONEY_LINKS = new Set(["do", "cho", "để", "từ"]);

/** Words of how long or how often, left out of a measure's name: "74 xã liên tục nhiều năm không có tội phạm" is "xã không có tội phạm". */
export const DURATION = ["liên tục", "nhiều năm liền", "nhiều năm liên tục", "nhiều năm", "liên tiếp", "liền", "nhiều năm qua"];

/**
 * Places and bodies counted as units, listed together before what is said of them ("xã, phường, thị trấn"): the
 * first names the unit, the others say where it applies, so a measure is named for the first and its predicate.
 */
export const UNITS = [
  "xã", "phường", "thị trấn", "thôn", "bản", "xóm", "ấp", "làng", "buôn", "khóm", "tổ dân phố", "khu phố", "tiểu khu",
  "khu dân cư", "cơ quan", "doanh nghiệp", "trường học", "nhà trường", "trường", "đơn vị", "huyện", "thị xã", "thành phố",
];
