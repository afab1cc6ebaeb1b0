import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for this test, in the style of the real articles: Lâm Giang is not a province, and every figure is made up.
const ARTICLE = readFileSync(join(import.meta.dirname, "articles/lam-giang-1.txt"), "utf8");
const SECOND = readFileSync(join(import.meta.dirname, "articles/binh-thuan-2.txt"), "utf8");

/** A figure the test decides the article states: `key` is the words that tell its card apart. */
interface Figure {
  key: string;
  metric: string;
  value: string;
  qualifier: string;
  quote: string;
}

const FIGURES: Figure[] = [
  { key: "42 mô hình", metric: "models", value: "42", qualifier: "exact", quote: "42 mô hình" },
  { key: "150 đợt", metric: "campaign_launches", value: "150", qualifier: "over", quote: "trên 150 đợt phát động" },
  { key: "31.200 lượt", metric: "campaign_participant_turns", value: "31200", qualifier: "over", quote: "hơn 31.200 lượt người tham gia" },
  { key: "260 tổ hòa giải", metric: "mediation_groups", value: "260", qualifier: "nearly", quote: "gần 260 tổ hòa giải" },
  { key: "85 khẩu súng", metric: "weapons_handed_in", value: "85", qualifier: "exact", quote: "85 khẩu súng tự chế" },
  { key: "12 tập thể", metric: "award_ppc_chair_collective", value: "12", qualifier: "exact", quote: "12 tập thể" },
  { key: "15 cá nhân", metric: "award_ppc_chair_individual", value: "15", qualifier: "exact", quote: "15 cá nhân" },
];
const SECOND_FIGURES: Figure[] = [{ key: "1.200 tổ hòa giải", metric: "mediation_groups", value: "1200", qualifier: "nearly", quote: "gần 1.200 tổ hòa giải" }];

type Desk = Awaited<ReturnType<typeof deskPage>>;

/**
 * Decides every card as an editor would, whatever the extractor proposed: a card whose quote holds a figure's
 * words gets that figure's fields (corrected where the proposal differs) and is accepted; every other card is
 * rejected; a figure no card holds is added by hand from its words selected in the article.
 */
async function decideEvery(desk: Desk, figures: readonly Figure[], define: (key: string) => Promise<void>): Promise<void> {
  const { page, click } = desk;
  const cards = await page.$$eval("#cards .card", (cs) => cs.map((c) => ({ key: c.id.slice("card-".length), quote: c.querySelector<HTMLInputElement>("input[id$='-quote']")!.value })));
  const left = [...figures];
  for (const card of cards) {
    const i = left.findIndex((f) => card.quote.includes(f.key));
    if (i === -1) {
      await click(`#card-${card.key} .actions button >> nth=1`);
      continue;
    }
    await decide(desk, card.key, left.splice(i, 1)[0]!, define);
  }
  for (const figure of left) {
    const before = await page.$$eval("#cards .card", (cs) => cs.length);
    await desk.select(figure.quote);
    await click("#add-figure");
    await page.waitForFunction((n) => document.querySelectorAll("#cards .card").length === n + 1, before);
    const key = await page.$eval("#cards .card:last-child", (c) => c.id.slice("card-".length));
    await decide(desk, key, figure, define);
  }
  expect(await page.$$eval("#cards .card.pending", (cs) => cs.length)).toBe(0);
}

/** Sets a card's fields to the figure's and accepts it. */
async function decide({ page, click, fill, choose }: Desk, key: string, f: Figure, define: (key: string) => Promise<void>): Promise<void> {
  await fill(`#c${key}-metric`, f.metric);
  await page.press(`#c${key}-metric`, "Tab");
  await fill(`#c${key}-value`, f.value);
  await choose(`#c${key}-qualifier`, f.qualifier);
  await fill(`#c${key}-quote`, f.quote);
  if (await page.isVisible(`#c${key}-m-group`)) await define(key);
  await click(`#card-${key} .actions button >> nth=0`);
}

/** The rows a results file holds for one source, as metric, value, qualifier, quote. */
function rowsOf(csv: string, source: string): string[][] {
  const table = parseCsv(csv, "");
  const col = (name: string) => table.header.findIndex((c) => c.text === name);
  return table.rows.filter((r) => r.cells[col("source")]!.text === source).map((r) => ["metric", "value", "qualifier", "quote"].map((c) => r.cells[col(c)]!.text));
}
const expected = (figures: readonly Figure[]) => figures.map((f) => [f.metric, f.value, f.qualifier, f.quote]).sort();

/** Waits for a save's answer (the progress line gone, the answer shown) and returns it with the problems shown. */
async function answerOf(page: Page, out: string, progress?: string): Promise<{ text: string; problems: string }> {
  await page.waitForFunction(([o, p]) => document.getElementById(o!)!.textContent !== "" && !/^Đang/.test(document.getElementById(o!)!.textContent!) && (!p || document.getElementById(p)!.textContent === ""), [out, progress]);
  const problems = await page.$$eval(".problem:not(:empty), #other-problems li, #w-problems li", (ps) => ps.map((p) => p.textContent).join("\n"));
  return { text: (await page.textContent(`#${out}`))!, problems };
}

/** Builds the site through the desk and returns the province's built pages, Vietnamese and English. */
async function buildAndOpen({ page, click }: Desk): Promise<{ vi: Page; en: Page }> {
  await click("#build");
  await page.waitForSelector("#built-link", { timeout: 300_000 });
  const vi = await page.context().newPage();
  await vi.goto((await page.getAttribute("#built-link", "href"))!);
  const en = await page.context().newPage();
  await en.goto((await page.getAttribute("#build-out a[hreflang='en']", "href"))!);
  return { vi, en };
}

describe("the desk, end to end, in Chromium on a copy of the project with real builds", () => {
  const suite = deskSuite();

  it("adds a new province: every card decided, both stories written in the desk with a <Fig> and a claim, checked, saved, built, and its pages show the figures in both editions", async () => {
    const { desk: server, project } = suite.setup;
    const desk = await deskPage(suite.browser, server.url);
    const { page, click, fill, choose } = desk;
    await fill("#name", "Lâm Giang");
    await click("#open");
    await page.waitForSelector("#step-article:not([hidden])");
    expect(await page.inputValue("#s-id")).toBe("lam-giang-1");
    // Not yet on disk: the structured fields are the first draft; the story editor and the build wait for a save.
    expect(await page.isHidden("#step-write")).toBe(true);
    await fill("#s-outlet", "Báo Thử Nghiệm");
    await fill("#s-title", "Lâm Giang: Mười năm phong trào toàn dân bảo vệ an ninh Tổ quốc");
    await fill("#s-published", "2023-06-15");
    await fill("#s-event_date", "2023-06-14");
    await fill("#article-text", ARTICLE);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await decideEvery(desk, FIGURES, async (key) => {
      await choose(`#c${key}-m-group`, "enforcement");
      await fill(`#c${key}-m-label_vi`, "Súng tự chế người dân giao nộp");
      await fill(`#c${key}-m-label_en`, "Home-made guns handed in");
      await choose(`#c${key}-m-unit`, "count");
      await fill(`#c${key}-m-definition_vi`, "Số súng tự chế người dân tự nguyện giao nộp cho công an.");
      await fill(`#c${key}-m-definition_en`, "Home-made guns residents handed in to the police of their own accord.");
      await fill(`#c${key}-m-kw0-words`, "khẩu súng tự chế");
    });
    // The first draft of the story, from the structured fields; the event's date comes from the article.
    expect(await page.textContent("#t-date")).toBe("2023-06-14");
    for (const [field, text] of Object.entries({ region: "Tây Bắc", capital: "Giang Thành", lat: "21.5", lon: "104.2", title: "Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09", headline: "Lâm Giang kể mười năm bằng mô hình tự quản", summary: "Tỉnh kể số mô hình, số đợt phát động và số tổ hòa giải.", highlights: "models, campaign_launches", region_en: "Northwest", title_en: "Conference reviewing ten years of Coordination Program No. 09", headline_en: "Lâm Giang tells its decade through self-managed models", summary_en: "The province counts its models, campaign launches and mediation groups.", body: 'Lâm Giang có <Fig metric="models" /> mô hình.\n', body_en: 'Lâm Giang has <Fig metric="models" /> models.\n' })) {
      await fill(`#t-${field}`, text);
    }
    await click("#save");
    const saved = await answerOf(page, "save-out", "save-progress");
    expect(saved.text, saved.problems).toMatch(/^Đã lưu/);
    // The saved rows are exactly the test's decisions, whatever the extractor proposed.
    expect(rowsOf(project.read("data/results/lam-giang.csv"), "lam-giang-1").sort()).toEqual(expected(FIGURES));
    expect(project.read("data/metrics.csv")).toMatch(/\nweapons_handed_in,enforcement,Súng tự chế người dân giao nộp,Home-made guns handed in,count,yes,,,.*,khẩu súng tự chế\r?\n/);

    // Both stories, written in the desk's editor from the saved files.
    await page.waitForSelector("#step-write:not([hidden])");
    const figs = await page.$$eval("#w-figs button", (bs) => bs.map((b) => b.dataset.insert));
    expect(figs).toEqual(expect.arrayContaining(FIGURES.map((f) => `<Fig metric="${f.metric}" />`)));
    const frontmatter = (box: string) => page.inputValue(box).then((t) => t.slice(0, t.indexOf("\n---\n") + 5));
    const write = async (box: string, parts: (string | { fig: string } | { claim: string; metric: string })[]) => {
      await fill(box, await frontmatter(box));
      for (const part of parts) {
        await page.$eval(box, (b) => (b as HTMLTextAreaElement).setSelectionRange((b as HTMLTextAreaElement).value.length, (b as HTMLTextAreaElement).value.length));
        if (typeof part === "string") {
          await page.focus(box);
          await page.keyboard.insertText(part);
          desk.actions.typed();
        } else if ("fig" in part) await click(`#w-figs button[data-insert='<Fig metric="${part.fig}" />']`);
        else {
          await choose("#w-claim-metric", part.metric);
          await click(`#w-tools button[data-claim='${part.claim}']`);
        }
      }
    };
    await write("#w-vi", ["Lâm Giang kể mười năm bằng ", { fig: "models" }, " mô hình “tự phòng, tự quản”. Mô hình là con số mà ", { claim: "reporterCount", metric: "models" }, " nêu.\n\nNgười dân tự nguyện giao nộp ", { fig: "weapons_handed_in" }, " khẩu súng tự chế.\n"]);
    await write("#w-en", ["Lâm Giang tells its decade through ", { fig: "models" }, " self-managed models, a figure ", { claim: "reporterCount", metric: "models" }, " gave.\n\nResidents handed in ", { fig: "weapons_handed_in" }, " home-made guns of their own accord.\n"]);
    expect(await page.inputValue("#w-vi")).toContain('bằng <Fig metric="models" /> mô hình “tự phòng, tự quản”. Mô hình là con số mà <ReporterCount metric="models" /> nêu.');
    await click("#w-check");
    const checked = await answerOf(page, "w-out");
    expect(checked.text, checked.problems).toBe("Check không thấy vấn đề nào: có thể lưu.");
    await click("#w-save");
    const storiesSaved = await answerOf(page, "w-out");
    expect(storiesSaved.text, storiesSaved.problems).toMatch(/^Đã lưu/);
    expect(project.read("content/provinces/lam-giang.mdx")).toContain('<Fig metric="weapons_handed_in" /> khẩu súng tự chế.');
    expect(project.read("content/en/provinces/lam-giang.mdx")).toContain('<ReporterCount metric="models" /> gave.');

    const { vi, en } = await buildAndOpen(desk);
    expect(vi.url()).toMatch(/\/tinh\/lam-giang\/$/);
    expect(await vi.textContent("h1")).toBe("Lâm Giang kể mười năm bằng mô hình tự quản");
    expect(await vi.$$eval(".prose a.fig", (as) => as.map((a) => a.textContent))).toEqual(["42", "85"]);
    expect(await vi.$$eval(".prose .claim[data-claim='reporter-count']", (cs) => cs.map((c) => c.getAttribute("data-subject")))).toEqual(["metric:models"]);
    expect(await vi.textContent("#so-lieu-campaign_participant_turns")).toContain("trên 31.200");
    expect(await en.textContent("h1")).toBe("Lâm Giang tells its decade through self-managed models");
    expect(await en.$$eval(".prose a.fig", (as) => as.map((a) => a.textContent))).toEqual(["42", "85"]);
    expect(await en.$$eval(".prose .claim[data-claim='reporter-count']", (cs) => cs.length)).toBe(1);
    expect(await en.textContent("#so-lieu-campaign_participant_turns")).toContain("more than 31,200");
  }, 600_000);

  it("adds a second article to an existing province as its next source: every card decided, its rows appended, its id in the story's sources, built, and the new figure on the province's page", async () => {
    const { desk: server, project } = suite.setup;
    const desk = await deskPage(suite.browser, server.url);
    const { page, click, fill, choose } = desk;
    const before = project.read("data/results/binh-thuan.csv");
    await choose("#existing", "binh-thuan");
    await click("#open");
    await page.waitForSelector("#step-article:not([hidden])");
    expect(await page.inputValue("#s-id")).toBe("binh-thuan-2");
    // Only the article's questions: the province's story exists, so its fields are not asked again.
    expect(await page.isHidden("#step-story")).toBe(true);
    await fill("#s-outlet", "Báo Thử Nghiệm");
    await fill("#s-title", "Bình Thuận: Hòa giải ở cơ sở góp phần giữ bình yên thôn, xóm");
    await fill("#s-published", "2023-06-02");
    await fill("#s-event_date", "2023-05-30");
    await fill("#article-text", SECOND);
    await click("#propose");
    await page.waitForSelector("#cards .card");
    await decideEvery(desk, SECOND_FIGURES, async () => {
      throw new Error("the second article's figure is of a metric the dictionary has");
    });
    await click("#save");
    const saved = await answerOf(page, "save-out", "save-progress");
    expect(saved.text, saved.problems).toMatch(/^Đã lưu/);
    const after = project.read("data/results/binh-thuan.csv");
    expect(after.startsWith(before)).toBe(true);
    expect(rowsOf(after, "binh-thuan-2")).toEqual(expected(SECOND_FIGURES));
    expect(project.read("content/provinces/binh-thuan.mdx")).toMatch(/\nsources: \[binh-thuan-1, binh-thuan-2\]\n/);
    expect(project.read("data/sources.csv")).toContain("\nbinh-thuan-2,binh-thuan,Báo Thử Nghiệm,");
    // The story editor has the file as saved (its new sources) and a <Fig> button for the new figure.
    await page.waitForFunction(() => (document.getElementById("w-vi") as HTMLTextAreaElement).value.includes("binh-thuan-2"));
    expect(await page.$$eval("#w-figs button", (bs) => bs.map((b) => b.dataset.insert))).toContain('<Fig metric="mediation_groups" />');

    const { vi, en } = await buildAndOpen(desk);
    expect(vi.url()).toMatch(/\/tinh\/binh-thuan\/$/);
    expect(await vi.textContent("#so-lieu-mediation_groups")).toContain("gần 1.200");
    expect(await en.textContent("#so-lieu-mediation_groups")).toContain("nearly 1,200");
  }, 600_000);
});
