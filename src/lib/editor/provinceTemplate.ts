import { headerLine, RESULT_COLUMNS } from "../data/columns.ts";

/**
 * The three files of a new province: a story and its English edition whose frontmatter holds every required field
 * as a TODO placeholder (the build refuses placeholders, so nothing half-filled or untranslated is published), whose
 * body starts from the stories' pattern (an opening paragraph, an inline chart, sections with headings of their
 * own, comparisons computed by claim components), and a results file with its header.
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
# Tít: điều riêng trong báo cáo của tỉnh, bằng lời thường (tên tỉnh đã đứng trên tít)
headline: TODO tít của câu chuyện
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

{/*
  Cách viết (xem các tỉnh khác làm mẫu):
  - Mở đầu bằng một đoạn nói điều riêng của tỉnh này, không cần tiêu đề. Mỗi con số viết là Fig metric="…", không gõ tay.
  - Mỗi phần sau có tiêu đề của riêng nó, không chép tiêu đề của tỉnh khác.
  - Đặt biểu đồ ngay sau đoạn nói về nó: Chart compare="…" (models, campaigns, awards, coverage, map) để so sánh
    các tỉnh, hoặc Chart group="…" (models, campaigns, organisations, safety, awards, enforcement) cho một nhóm
    số liệu mà tỉnh có báo cáo. Mỗi biểu đồ đặt một lần.
  - So sánh giữa các tỉnh không viết tay ("duy nhất", "chỉ Hà Tĩnh", "cả bốn tỉnh", "1 trong 4 tỉnh"): viết
    Reporters metric="…" start ("Chỉ Hà Tĩnh", "Hà Nam và Hà Tĩnh"), ReporterCount metric="…" ("1 trong 4 tỉnh")
    hoặc ProvinceCount ("bốn tỉnh"), đặt trong dấu < … />, để câu văn vẫn đúng khi có thêm tỉnh.
  - Không nhắc lại đoạn về sáp nhập năm 2025 hay "không báo cáo không phải là 0": trang đã nêu.
*/}

TODO Đoạn mở đầu: điều riêng của ${name}, với con số chính viết là <Fig metric="…" />.

<Chart compare="coverage" />

## TODO Tiêu đề của riêng phần này

TODO Một đoạn về một nhóm số liệu, rồi biểu đồ của nhóm ấy ngay sau đoạn.
`;
  const translation = `---
# The English edition of content/provinces/${slug}.mdx: names, dates, sources and figures come from there.
slug: ${slug}
region: TODO the region in English, e.g. Northeast
event:
  title: TODO the event in English, in our own words
headline: TODO the story's headline in English
summary: >-
  TODO one paragraph in English, in our own words, without figures
---

{/*
  How to write it (the other provinces show the form):
  - Open with a paragraph on what is distinctive about this province, with no heading. Write every figure as
    Fig metric="…", never by hand.
  - Give each later section a heading of its own.
  - Place each chart right after the paragraph about it: Chart compare="…" (models, campaigns, awards, coverage,
    map) to compare the provinces, or Chart group="…" (models, campaigns, organisations, safety, awards,
    enforcement) for a group of figures the province reported. Place each chart once.
  - Never write comparisons between provinces by hand ("only Hà Tĩnh", "all four provinces", "1 of 4
    provinces"): write Reporters metric="…" start ("Only Hà Tĩnh"), ReporterCount metric="…" ("1 of 4
    provinces") or ProvinceCount ("four provinces"), inside < … />, so the sentence stays true when a
    province is added. Wrap Vietnamese words in Vi tags.
  - Do not repeat the 2025 merger or "not reported is not zero": the page says it already.
*/}

TODO The opening paragraph: what is distinctive about ${name}, with its main figures as <Fig metric="…" />, the same as in the Vietnamese story.

<Chart compare="coverage" />

## TODO A heading of this section's own

TODO A paragraph on one group of figures, followed by that group's chart.
`;
  return { story, translation, results: `${headerLine(RESULT_COLUMNS)}\n` };
}
