import { describe, expect, it } from "vitest";
import { excerptParts } from "../../src/scripts/excerptParts.ts";
import { withFoldedD } from "../../src/site/searchIntegration.ts";

describe("the indexed copy of a page", () => {
  it("adds every word with đ once more, folded to d, inside main", () => {
    const html = "<main><p>Đắk Nông và Đất Đỏ, cả đoàn công tác; Đắk Nông.</p></main>";
    expect(withFoldedD(html)).toBe("<main><p>Đắk Nông và Đất Đỏ, cả đoàn công tác; Đắk Nông.</p><p>dak dat do doan</p></main>");
  });

  it("leaves a page without đ as it is, and ignores đ inside tags", () => {
    expect(withFoldedD('<main data-x="đ"><p>Hà Nam</p></main>')).toBe('<main data-x="đ"><p>Hà Nam</p></main>');
  });
});

describe("a search result's excerpt", () => {
  it("reads Pagefind's escaped text as the characters the page shows, highlights kept apart", () => {
    expect(excerptParts("mã &lt;iframe src=&quot;x&quot;&gt; của <mark>Hà</mark> Tĩnh &amp; &#39;09&#39; &#x1EA1;")).toEqual([
      { text: 'mã <iframe src="x"> của ', marked: false },
      { text: "Hà", marked: true },
      { text: " Tĩnh & '09' ạ", marked: false },
    ]);
  });

  it("decodes once, drops real tags but not decoded ones, and leaves unknown references as written", () => {
    expect(excerptParts("&amp;lt; <b>đậm</b> &lt;b&gt; &bogus; &#0;")).toEqual([{ text: "&lt; đậm <b> &bogus; \uFFFD", marked: false }]);
    expect(excerptParts("<mark>&lt;script&gt;</mark>")).toEqual([{ text: "<script>", marked: true }]);
  });
});
