import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "../../src/lib/text/qualifiers.ts";
import { en } from "../../scripts/desk/words/en.ts";
import { vi } from "../../scripts/desk/words/vi.ts";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for this test; the numbers are invented.
const ARTICLE = "Theo báo cáo bổ sung, các xã của tỉnh tổ chức ít nhất 12 đợt phát động phong trào, và lập tối đa 5 mô hình tự quản về an ninh trật tự.";

describe("the card's qualifier list", () => {
  const suite = deskSuite();

  for (const [lang, words, path] of [["vi", vi, ""], ["en", en, "en/"]] as const) {
    it(`offers all seven qualifiers check knows, with their ${lang} words, and shows a proposal's at_least and at_most`, async () => {
      const { page, click, fill, choose } = await deskPage(suite.browser, `${suite.setup.desk.url}${path}`);
      await choose("#existing", "ha-tinh");
      await click("#open");
      await page.waitForSelector("#step-article:not([hidden])");
      await fill("#article-text", ARTICLE);
      await click("#propose");
      await page.waitForSelector("#cards .card");
      const options = await page.$$eval("#c0-qualifier option", (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(options.map(([v]) => v)).toEqual([...QUALIFIERS]);
      expect(options).toEqual(QUALIFIERS.map((q) => [q, `${words.qualifiers[q]} (${q})`]));
      const shown = await page.$$eval("#cards select[id$='-qualifier']", (ss) => ss.map((s) => (s as HTMLSelectElement).value));
      expect(shown).toEqual(expect.arrayContaining(["at_least", "at_most"]));
      // The choice is kept in the draft.
      await choose("#c0-qualifier", "at_most");
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("desk:ha-tinh")!).cards[0].qualifier)).toBe("at_most");
    });
  }
});
