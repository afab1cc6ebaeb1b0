// npm run desk:screenshots [-- out-folder]: Chromium screenshots of the desk, in the light scheme, at 1280 and
// 360 px, on a copy of the project (nothing of the real project is written): a figure card defining a new
// metric, and the story editor after a Check. Into .cache/screenshots/ (git-ignored) unless a folder is given.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launch } from "../tests/helpers/browser.ts";
import { startDesk } from "./desk/server.ts";
import { copyProject } from "./lib/copyProject.ts";

const out = resolve(process.argv[2] ?? join(process.cwd(), ".cache/screenshots"));
mkdirSync(out, { recursive: true });
const article = readFileSync(join(process.cwd(), "tests/desk/articles/binh-thuan-2.txt"), "utf8").replace("gần 1.200 tổ hòa giải", "gần 1.200 tổ hòa giải và 46 điểm sinh hoạt cộng đồng");
const project = copyProject();
const desk = await startDesk({ root: project.dir, port: 4600, env: { ...process.env, ARCHIVE_DIR: "", REQUIRE_ARCHIVE: "" } });
const browser = await launch();

/** The desk with Bình Thuận open, its second article's figures proposed, and a new metric begun on one card. */
async function prepared(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 800 : 740 }, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(desk.url);
  await page.selectOption("#existing", "binh-thuan");
  await page.click("#open");
  await page.fill("#article-text", article);
  await page.click("#propose");
  await page.waitForSelector("#cards .card");
  const card = await page.$$eval("#cards .card", (cs) => cs.find((c) => c.querySelector<HTMLInputElement>("input[id$='-quote']")!.value.includes("46 điểm"))?.id.slice(5));
  if (card === undefined) throw new Error("no card for the new metric's figure");
  await page.fill(`#c${card}-metric`, "community_points");
  await page.press(`#c${card}-metric`, "Tab");
  await page.selectOption(`#c${card}-m-group`, "organisations");
  await page.fill(`#c${card}-m-label_vi`, "Điểm sinh hoạt cộng đồng");
  await page.fill(`#c${card}-m-kw0-words`, "điểm sinh hoạt cộng đồng");
  await page.click(`#card-${card} button:has-text('Thêm cụm từ')`);
  await page.fill(`#c${card}-m-kw1-words`, "điểm sinh hoạt");
  await page.fill(`#c${card}-m-kw1-near`, "cộng đồng");
  await page.evaluate((id) => (window as unknown as { shotCard: string }).shotCard = id, card);
  return page;
}

try {
  for (const width of [1280, 360]) {
    const page = await prepared(width);
    const card = await page.evaluate(() => (window as unknown as { shotCard: string }).shotCard);
    await page.locator(`#card-${card}`).screenshot({ path: join(out, `desk-new-metric-${width}.png`) });
    await page.locator("#step-figures").screenshot({ path: join(out, `desk-figures-${width}.png`) });
    // One screen of each step, as the editor sees it (the README's pictures are these, at 1280 px).
    const screen = async (selector: string, name: string) => {
      await page.$eval(selector, (e) => e.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(out, `${name}-screen-${width}.png`) });
    };
    await page.focus(`#c${card}-m-kw1-near`);
    await page.$eval(`#card-${card}`, (e) => e.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -40));
    await page.screenshot({ path: join(out, `desk-figures-screen-${width}.png`) });
    // The story editor, with a typed number Check refuses.
    await page.focus("#w-vi");
    await page.$eval("#w-vi", (b) => {
      const box = b as HTMLTextAreaElement;
      const body = box.value.indexOf("\n---\n") + 6;
      box.setSelectionRange(body, body);
    });
    await page.keyboard.insertText("Bình Thuận có 27 mô hình, nhiều nhất cả nước. ");
    await page.click("#w-check");
    await page.waitForSelector("#w-problems li");
    await page.click("#w-problems button");
    await page.locator("#step-write").screenshot({ path: join(out, `desk-story-editor-${width}.png`) });
    await screen("#h-write", "desk-story-editor");
    await page.context().close();
  }
} finally {
  await browser.close();
  await desk.close();
  project.remove();
}
console.log(`Screenshots in ${out}`);
