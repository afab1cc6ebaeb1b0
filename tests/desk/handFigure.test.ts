import { describe, expect, it } from "vitest";
import { propose } from "../../scripts/desk/api.ts";
import { ROOT } from "../helpers/project.ts";

// Issue 21: the desk's hand-added figure is read where the editor's selection stands in the article, by the
// same reading check uses, so a careless drag becomes the words check accepts. The article is written for the test.
const ARTICLE = "Trong 10 năm, Công an tỉnh đã triệt phá trên 400 ổ nhóm tội phạm hình sự, lập 1.078 hồ sơ đề nghị cai nghiện bắt buộc.";

/** What the desk proposes for the words `selected` of the article, as its "add a figure" button asks. */
function added(selected: string) {
  const start = ARTICLE.indexOf(selected);
  const answer = propose(ROOT, { text: selected, source: "thu-1", article: ARTICLE, start });
  expect(answer.status).toBe(200);
  return (answer.body as { candidates: { metric: string; value: number; qualifier: string; quote: string; start: number }[] }).candidates[0]!;
}

describe("a figure added by hand in the desk", () => {
  it("keeps the bound word the selection left out", () => {
    const figure = added("400 ổ nhóm tội phạm");
    expect(figure).toMatchObject({ metric: "criminal_gangs_dismantled", value: 400, qualifier: "over", quote: "trên 400 ổ nhóm tội phạm" });
    expect(ARTICLE.slice(figure.start, figure.start + figure.quote.length)).toBe(figure.quote);
  });

  it("takes the whole number a selection starts inside", () => {
    expect(added("078 hồ sơ đề nghị cai nghiện")).toMatchObject({ value: 1078, qualifier: "exact", quote: "1.078 hồ sơ đề nghị cai nghiện" });
  });

  it("refuses a selection that is not the article's words where it says", () => {
    expect(propose(ROOT, { text: "400 ổ nhóm", article: ARTICLE, start: 0 }).status).toBe(400);
  });
});
