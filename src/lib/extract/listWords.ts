import { COUNTED_NOUNS } from "./countedNouns.ts";

/**
 * Nouns that, after a comma or "và", carry on the list of what one figure counts ("828 cơ quan, doanh nghiệp,
 * trường học"; "100% xã, phường, thị trấn"): the counted nouns and the kinds of place and body they are listed with.
 */
export const LIST_NOUNS: readonly string[] = [
  // "hoạt động" after a comma is what the things counted do ("98 thành viên, hoạt động thường xuyên").
  ...COUNTED_NOUNS.filter((n) => n !== "hoạt động"),
  "nhà trường", "trường", "bệnh viện", "đơn vị", "phường", "thị trấn", "huyện", "thị xã", "thành phố",
  "làng", "buôn", "khóm", "khu", "nhóm", "đội", "hội", "chi hội", "cửa hàng", "nhà hàng", "khách sạn", "nhà trọ",
  "chợ", "bến", "cơ sở kinh doanh", "hộ kinh doanh", "công nhân", "học sinh", "sinh viên", "thanh niên", "phụ nữ",
  "cựu chiến binh", "nông dân", "người dân", "đảng viên", "dân quân", "người có uy tín", "già làng", "trưởng bản", "tài liệu", "sách", "tờ gấp", "băng rôn", "áp phích",
];

/**
 * Pairs Vietnamese writes with a comma inside one phrase ("an ninh, trật tự", "tuyên truyền, phổ biến"): the
 * comma between them ends no clause. Written as the two words around the comma.
 */
export const COMMA_PAIRS: readonly (readonly [string, string])[] = [
  ["an ninh", "trật tự"], ["tự phòng", "tự quản"], ["tự quản", "tự bảo vệ"], ["tự phòng", "tự bảo vệ"],
  ["tuyên truyền", "phổ biến"], ["tuyên truyền", "vận động"], ["tuyên truyền", "giáo dục"], ["phổ biến", "giáo dục"],
  ["phòng", "chống"], ["phát hiện", "tố giác"], ["tố giác", "truy nã"], ["xây dựng", "củng cố"], ["củng cố", "nhân rộng"],
  ["xây dựng", "nhân rộng"], ["duy trì", "nhân rộng"], ["tin", "bài"], ["tổ", "nhóm"], ["tổ", "đội"], ["ổ", "nhóm"],
  ["bắt", "vận động"], ["tin báo", "tố giác"], ["tấn công", "trấn áp"], ["mua bán", "vận chuyển"], ["xuất", "nhập cảnh"],
  ["bắt buộc", "giáo dục"], ["tụ điểm", "điểm"], ["điểm mua bán", "tổ chức"], ["vận động", "thuyết phục"], ["tội phạm", "tệ nạn xã hội"], ["ma túy", "ma tuý"],
  ["ra quân", "phát động"], ["quy ước", "hương ước"], ["hương ước", "quy ước"], ["đặc xá", "mãn hạn tù"], ["khu dân cư", "xã"],
];

/**
 * Words that open a clause of their own after what a figure counts, even with no comma before them: the quote of
 * the figure ends before them ("1.240 nguồn tin có giá trị giúp làm rõ …"). Written as patterns: "giúp đỡ" (help) is no "giúp".
 */
export const CLAUSE_OPENERS: readonly string[] = ["góp phần", "nhằm", "qua đó", "từ đó", "nhờ đó", "sau đó", "đồng thời", "nhưng", "song", "giúp(?!\\s+đỡ)", "tạo"];

/**
 * Words that join another figure to the one before it: where a number follows, the first figure's clause ends
 * before the last of them ("38 cụm an ninh với 319 thành viên", "86 buổi tuyên truyền cho gần 9.000 lượt người").
 */
export const JOINING_WORDS: readonly string[] = ["và", "với", "cùng", "cho", "để", "giúp", "nhằm", "thuộc", "trong đó", "gồm", "bao gồm", "trong", "thu hút", "có", "của", "đạt", "ra", "tại", "ở"];

/**
 * Counted nouns that say only the unit, not the measure: "106 xã" or "860.500 lượt người" alone could be any of
 * an article's measures, so the words before the number that say what they are counted for join their name.
 */
export const BARE_NOUNS: readonly string[] = [
  "xã", "thôn", "xóm", "ấp", "bản", "khu phố", "tổ dân phố", "khu dân cư", "địa bàn", "hộ", "hộ gia đình", "gia đình",
  "người", "lượt", "lượt người", "cơ quan", "đơn vị", "doanh nghiệp", "trường học", "cơ sở", "trường hợp", "điểm",
  "buổi", "cuộc", "đợt", "lớp", "lần", "vụ việc", "vụ án", "vụ", "đối tượng",
];
