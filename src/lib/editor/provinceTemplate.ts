import { RESULT_COLUMNS } from "../data/validateProject.ts";

/**
 * The three files of a new province: a story and its English edition whose frontmatter holds every required field
 * as a TODO placeholder (the build refuses placeholders, so nothing half-filled or untranslated is published), and a
 * results file with its header.
 */
export function provinceTemplate(name: string, slug: string): { story: string; translation: string; results: string } {
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
  const translation = `---
# The English edition of content/provinces/${slug}.mdx: names, dates, sources and figures come from there.
slug: ${slug}
region: TODO the region in English, e.g. Northeast
event:
  title: TODO the event in English, in our own words
summary: >-
  TODO one paragraph in English, in our own words, without figures
---

## TODO What ${name} reported

TODO Write the story in English, in our own words: the same facts and the same <Fig metric="…" /> figures as the Vietnamese story.
`;
  return { story, translation, results: `${[...RESULT_COLUMNS.required, ...RESULT_COLUMNS.optional].join(",")}\n` };
}
