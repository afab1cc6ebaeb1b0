import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { offsetAt, rebaseSources } from "../../scripts/desk/ui/storyText.ts";
import { deskPage, deskSuite } from "./deskPage.ts";

const VI = "content/provinces/ha-tinh.mdx";
const EN = "content/en/provinces/ha-tinh.mdx";

describe("the story editor", () => {
  const suite = deskSuite();

  it("opens an existing province's two stories as their files, inserts <Fig> for all its metrics and the claim components, checks, and moves the cursor to a problem", async () => {
    const { desk, project } = suite.setup;
    const { page, click, choose } = await deskPage(suite.browser, desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await page.waitForSelector("#step-write:not([hidden])");
    expect(await page.inputValue("#w-vi")).toBe(project.read(VI));
    expect(await page.inputValue("#w-en")).toBe(project.read(EN));
    expect(await page.textContent("#w-vi-label")).toContain(VI);
    // A button for every metric of the province's rows, none of this session's.
    const metrics = [...new Set(project.read("data/results/ha-tinh.csv").trim().split("\n").slice(1).map((l) => l.split(",")[0]))];
    expect(await page.$$eval("#w-figs button", (bs) => bs.map((b) => b.dataset.insert))).toEqual(metrics.map((m) => `<Fig metric="${m}" />`));
    // Each says what the figure is, in the page's language, over its tag.
    expect(await page.textContent(`#w-figs button[data-insert='<Fig metric="campaign_launches" />']`)).toBe('Đợt phát động phong trào<Fig metric="campaign_launches" />');

    // The charts by the titles the site prints, each with the id its tag takes.
    const charts = await page.$$eval("#w-compare option", (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(charts).toContainEqual(["awards", "Khen thưởng, theo nơi trao (awards)"]);
    expect(charts.filter(([id, text]) => text === id || !text!.endsWith(`(${id})`))).toEqual([]);

    // A typed number at the end of the Vietnamese story: check finds it at its line and column.
    const text = project.read(VI);
    await page.focus("#w-vi");
    await page.$eval("#w-vi", (box) => (box as HTMLTextAreaElement).setSelectionRange((box as HTMLTextAreaElement).value.length, (box as HTMLTextAreaElement).value.length));
    await page.keyboard.type("\nTỉnh có 366 đợt. ");
    await choose("#w-claim-metric", "campaign_launches");
    await click("#w-tools button[data-claim='reporters']");
    await click(`#w-figs button[data-insert='<Fig metric="models" />']`);
    expect(await page.inputValue("#w-vi")).toBe(`${text}\nTỉnh có 366 đợt. <Reporters metric="campaign_launches" /><Fig metric="models" />`);
    await click("#w-check");
    await page.waitForSelector("#w-problems li");
    const line = text.split("\n").length + 1;
    const where = await page.$$eval("#w-problems .where", (ws) => ws.map((w) => w.textContent));
    expect(where).toContain(`Bản tiếng Việt, dòng:cột ${line}:9`);
    expect(await page.textContent("#w-out")).toMatch(/^Check thấy \d+ vấn đề/);
    const problem = page.locator("#w-problems button", { hasText: `${line}:9` }).first();
    await problem.click();
    const caret = await page.$eval("#w-vi", (box) => [document.activeElement === box, (box as HTMLTextAreaElement).selectionStart]);
    expect(caret).toEqual([true, offsetAt(await page.inputValue("#w-vi"), line, 9)]);
    expect((await page.inputValue("#w-vi")).slice(caret[1] as number, (caret[1] as number) + 3)).toBe("366");
    // Nothing was written by a check, nor by a refused save.
    await click("#w-save");
    await page.waitForFunction(() => /^Chưa ghi gì/.test(document.getElementById("w-out")!.textContent!));
    expect(project.read(VI)).toBe(text);
  });

  it("saves both stories when check passes, and never overwrites a story changed on disk since it was opened", async () => {
    const { desk, project } = suite.setup;
    const { page, click, choose, fill } = await deskPage(suite.browser, desk.url);
    await page.evaluate(() => localStorage.clear());
    await choose("#existing", "ha-tinh");
    await click("#open");
    await page.waitForSelector("#step-write:not([hidden])");
    const vi = project.read(VI).replace("## Một người, nhiều lượt", "## Một người, nhiều lượt dự");
    const en = project.read(EN).replace("## One person, many attendances", "## One person, many attendances counted");
    await fill("#w-vi", vi);
    await fill("#w-en", en);
    await click("#w-check");
    await page.waitForFunction(() => document.getElementById("w-out")!.textContent === "Check không thấy vấn đề nào: có thể lưu.");
    await click("#w-save");
    await page.waitForFunction(() => /^Đã lưu/.test(document.getElementById("w-out")!.textContent!));
    expect(project.read(VI)).toBe(vi);
    expect(project.read(EN)).toBe(en);
    // Someone edits the English file on disk; the desk's next save of it is refused and writes nothing.
    const theirs = `${en}\nTheir paragraph.\n`;
    project.write(EN, theirs);
    await fill("#w-en", `${en}\nMy paragraph.\n`);
    await click("#w-save");
    await page.waitForFunction(() => /^Không ghi gì/.test(document.getElementById("w-out")!.textContent!));
    expect(await page.textContent("#w-out")).toContain(EN);
    expect(project.read(EN)).toBe(theirs);
    expect(project.read(VI)).toBe(vi);
    await click("#w-reopen");
    await page.waitForFunction((t) => (document.getElementById("w-en") as HTMLTextAreaElement).value === t, theirs);
  });
});

describe("the story editor and a second article", () => {
  const suite = deskSuite();

  it("keeps the editor's unsaved story edits through an article's save, with the file's new sources, so both save", async () => {
    const { desk, project } = suite.setup;
    const { page, click, fill, choose } = await deskPage(suite.browser, desk.url);
    const article = readFileSync(join(import.meta.dirname, "articles/binh-thuan-2.txt"), "utf8");
    await choose("#existing", "binh-thuan");
    await click("#open");
    await page.waitForSelector("#step-write:not([hidden])");
    const mine = `${await page.inputValue("#w-vi")}\nMột đoạn viết thêm trong bàn.\n`;
    await fill("#w-vi", mine);
    await fill("#article-text", article);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    const cards = await page.$$eval("#cards .card", (cs) => cs.map((c) => [c.id.slice(5), c.querySelector<HTMLInputElement>("input[id$='-quote']")!.value]));
    for (const [key, quote] of cards) {
      if (!quote!.includes("1.200 tổ")) {
        await click(`#card-${key} .actions button >> nth=1`);
        continue;
      }
      await fill(`#c${key}-metric`, "mediation_groups");
      await page.press(`#c${key}-metric`, "Tab");
      await fill(`#c${key}-value`, "1200");
      await choose(`#c${key}-qualifier`, "nearly");
      await fill(`#c${key}-quote`, "gần 1.200 tổ hòa giải");
      await click(`#card-${key} .actions button >> nth=0`);
    }
    await click("#save");
    await page.waitForFunction(() => /^Đã lưu/.test(document.getElementById("save-out")!.textContent!));
    await page.waitForFunction(() => (document.getElementById("w-vi") as HTMLTextAreaElement).value.includes("binh-thuan-2"));
    const edited = await page.inputValue("#w-vi");
    expect(edited).toBe(mine.replace("sources: [binh-thuan-1]", "sources: [binh-thuan-1, binh-thuan-2]"));
    await click("#w-save");
    await page.waitForFunction(() => /^(Đã lưu|Chưa ghi|Không ghi)/.test(document.getElementById("w-out")!.textContent!));
    expect(await page.textContent("#w-out")).toMatch(/^Đã lưu/);
    expect(project.read("content/provinces/binh-thuan.mdx")).toBe(edited);
  });
});

describe("the story text helpers", () => {
  it("find a line and column, as check reports them, and take the file's new sources line into an edited story", () => {
    expect(offsetAt("ab\ncde\nf", 2, 2)).toBe(4);
    expect(offsetAt("ab\ncde", 2, 99)).toBe(6);
    expect(rebaseSources("---\nname: X\nsources: [x-1]\n---\nMy edit.\n", "---\nname: X\nsources: [x-1, x-2]\n---\nOld.\n")).toBe("---\nname: X\nsources: [x-1, x-2]\n---\nMy edit.\n");
  });
});
