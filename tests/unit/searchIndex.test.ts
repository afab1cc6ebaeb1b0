import { describe, expect, it } from "vitest";
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
