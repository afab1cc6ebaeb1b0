import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for these tests; the numbers are invented.
const ARTICLE = "Theo báo cáo bổ sung, các xã của tỉnh tổ chức 25 đợt phát động phong trào bảo vệ an ninh. Các thôn đã lập gần 150 tổ hòa giải ở cơ sở, và người dân giao nộp 57 khẩu súng tự chế.";

/** Where the words `needle` of the article are on screen: the box of the text from its first to its last letter. */
function wordsBox(page: Page, needle: string) {
  return page.evaluate((needle) => {
    const article = document.getElementById("article")!;
    const walk = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n as Text);
    let start = nodes.map((n) => n.data).join("").indexOf(needle);
    if (start < 0) throw new Error(`the article has no "${needle}"`);
    const locate = (offset: number): [Text, number] => {
      for (const n of nodes) {
        if (offset <= n.data.length) return [n, offset];
        offset -= n.data.length;
      }
      throw new Error("past the end");
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate((start += needle.length)));
    const rects = [...range.getClientRects()];
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
  }, needle);
}

/** A real mouse drag over the article, from the first letter of `from` to the last letter of `to`. */
async function drag(page: Page, from: string, to: string): Promise<void> {
  await page.$eval("#article", (a) => a.scrollIntoView({ block: "start" }));
  const a = await wordsBox(page, from);
  const b = await wordsBox(page, to);
  await page.mouse.move(a.x0, a.y0);
  await page.mouse.down();
  await page.mouse.move((a.x0 + b.x1) / 2, (a.y0 + b.y1) / 2, { steps: 5 });
  await page.mouse.move(b.x1, b.y1, { steps: 5 });
  await page.mouse.up();
}

describe("selecting words in the desk's article", () => {
  const suite = deskSuite();

  const opened = async () => {
    const tab = await deskPage(suite.browser, suite.setup.desk.url);
    await tab.choose("#existing", "ha-tinh");
    await tab.click("#open");
    await tab.page.waitForSelector("#step-article:not([hidden])");
    await tab.fill("#article-text", ARTICLE);
    await tab.click("#propose");
    await tab.page.waitForSelector("#cards .card");
    return tab;
  };

  it("a drag that starts on a highlighted figure selects the words, and a card can take them as its quote", async () => {
    const { page, click } = await opened();
    const mark = await page.textContent("#article mark >> nth=0");
    expect(mark).toContain("25 đợt phát động");
    await drag(page, mark!, "bảo vệ an ninh");
    const got = (await page.evaluate(() => document.getSelection()!.toString())).trim();
    expect(got.startsWith(mark!.slice(0, 4)) && got.endsWith("bảo vệ an ninh"), got).toBe(true);
    expect(await page.textContent("#status")).toContain("Đã chọn");
    const key = await page.getAttribute("#article mark >> nth=0", "data-key");
    await click(`#card-${key} button:has-text('Lấy đoạn đang chọn')`);
    expect(await page.inputValue(`#c${key}-quote`)).toBe(got);
    // A plain click on a highlight still goes to its card.
    await page.click("#article mark >> nth=1");
    expect(await page.evaluate(() => document.activeElement!.id)).toBe(`card-${await page.getAttribute("#article mark >> nth=1", "data-key")}`);
  });

  it("a selection made while a card is being worked on does not replace that card's quote; it goes where the editor says", async () => {
    const { page, click, fill } = await opened();
    const before = await page.inputValue("#c0-quote");
    // The editor works on card 0, then selects words meant for a figure of their own.
    await fill("#c0-note", "Đợt, không phải ngày.");
    await drag(page, "giao nộp", "tự chế");
    expect(await page.inputValue("#c0-quote")).toBe(before);
    expect(await page.textContent("#status")).toContain("giao nộp 57 khẩu súng tự chế");
    const cards = await page.$$eval("#cards .card", (c) => c.length);
    await click("#add-figure");
    await page.waitForSelector(`#card-${cards}`);
    expect(await page.inputValue(`#c${cards}-quote`)).toContain("57 khẩu súng tự chế");
    expect(await page.inputValue("#c0-quote")).toBe(before);
  });
});
