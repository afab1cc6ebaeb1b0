// Words of a plan or a goal before a number in its clause: what is to be done, not what was ("phấn đấu có ít nhất
// 3 mô hình", "thời gian tới sẽ xây dựng 50 mô hình", "cần nhân rộng ra 20 xã"). A file or a recommendation of a
// legal measure or an award is a result, not a request: "lập hồ sơ đề nghị đưa 412 người …", "đề nghị khởi tố 50 vụ";
// so is a goal reached ("đạt và vượt mục tiêu, với 95% khu dân cư …"). "cần" is a need, but "cần thiết" (needed, as
// in "thông tin cần thiết") and "cần cù" (hard-working) say nothing of the future.
const PLAN = /(?<![\p{L}])(?:phấn đấu|(?<!(?:đạt|vượt|hoàn thành)\s(?:(?:và vượt|các|những)\s)?)mục tiêu|chỉ tiêu đề ra|sẽ|dự kiến|thời gian tới|sắp tới|giai đoạn tới|năm tới|cần(?!\s+(?:thiết|cù|mẫn|kiệm))|(?<!hồ sơ\s)đề nghị(?!\s+(?:khởi tố|truy tố|truy cứu|xử lý|xử phạt|áp dụng|đưa|cấp trên|khen thưởng|tặng|công nhận))|kêu gọi)(?![\p{L}])/iu;
// "mỗi xã có ít nhất …": a floor set for every unit, a norm rather than a count of what exists.
const EACH_AT_LEAST = /(?<![\p{L}])mỗi\s[^,.;]*(?:ít nhất|tối thiểu)\s*$/iu;

/**
 * Whether the words of a clause before a number (`before`) make it a target, a plan or a request for the future
 * rather than a result, so the number is never proposed as a figure.
 */
export function isTarget(before: string): boolean {
  return PLAN.test(before) || EACH_AT_LEAST.test(before);
}
