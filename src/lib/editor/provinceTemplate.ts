import { RESULT_COLUMNS } from "../data/validateProject.ts";

/**
 * The two files of a new province: a story whose frontmatter holds every required field as a TODO placeholder
 * (the build refuses placeholders, so nothing half-filled is published) and a results file with its header.
 */
export function provinceTemplate(name: string, slug: string): { story: string; results: string } {
  const story = `---
name: ${name}
slug: ${slug}
region: TODO vùng, ví dụ Đông Bắc Bộ
capital: TODO tỉnh lỵ
# Vĩ độ bắc và kinh độ đông của tỉnh lỵ, độ thập phân (ví dụ lat: 21.0, lon: 107.1)
coordinates: { lat: TODO, lon: TODO }
event:
  # review: hội nghị tổng kết; inspection: buổi kiểm tra
  kind: review
  title: TODO tên sự kiện, bằng lời của chúng ta
  # Ngày như bài viết nêu: 2023-05-24, 2023-05, hoặc --05-24 nếu bài không nêu năm
  date: TODO
summary: >-
  TODO một đoạn tóm tắt bằng lời của chúng ta, không có con số
# Mã bài trong data/sources.csv, ví dụ [${slug}-1]
sources: [TODO]
# Tối đa bốn chỉ số hiện trên trang chủ, ví dụ [models]
highlights: []
after_2025:
  # Tỉnh mà ${name} thuộc về từ 1/7/2025 (chính tên mình nếu giữ nguyên)
  province: TODO
  merged_with: []
---

## TODO ${name} đã báo cáo những gì

TODO Viết bằng lời của chúng ta. Mỗi con số viết là <Fig metric="…" />, không gõ tay.
`;
  return { story, results: `${[...RESULT_COLUMNS.required, ...RESULT_COLUMNS.optional].join(",")}\n` };
}
