import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../scripts/lib/serve.ts";
import { launch } from "../helpers/browser.ts";
import { archiveWith, articleOf } from "../helpers/archive.ts";
import { astroBuild, copyProject } from "../helpers/project.ts";

// Two provinces with the longest names the charts must hold: the longest real one, and 40 characters.
const LONG = "Tỉnh Thử Nghiệm Có Một Cái Tên Rất Dài Á";
const PROVINCES = [
  { slug: "thanh-pho-ho-chi-minh", name: "Thành phố Hồ Chí Minh", lat: 10.78, lon: 106.7 },
  { slug: "tinh-ten-dai", name: LONG, lat: 14.2, lon: 108.6 },
];

// Every chart a story can place, after its prose: a province's charts appear only where its story puts them.
const CHARTS = ["compare=\"models\"", "compare=\"campaigns\"", "compare=\"awards\"", "group=\"enforcement\"", "group=\"safety\"", "compare=\"coverage\"", "compare=\"map\""].map((a) => `\n<Chart ${a} />\n`).join("");

const story = (p: (typeof PROVINCES)[number]) => `---
name: ${p.name}
slug: ${p.slug}
region: Vùng thử
capital: Tỉnh lỵ thử
coordinates: { lat: ${p.lat}, lon: ${p.lon} }
event: { kind: review, title: Hội nghị tổng kết, date: 2023-05-30 }
headline: Một tỉnh viết cho phép thử đo chữ
summary: Một tỉnh viết cho phép thử, để đo chữ trên biểu đồ.
sources: [${p.slug}-1]
highlights: [models]
after_2025: { province: ${p.name}, merged_with: [] }
---

## Tỉnh đã báo cáo những gì

Tỉnh có <Fig metric="models" /> mô hình.
${CHARTS}`;
const storyEn = (p: (typeof PROVINCES)[number]) => `---
slug: ${p.slug}
region: Test region
event: { title: Review conference }
headline: A province written to measure chart text
summary: A province written for a test, to measure the text on charts.
---

## What the province reported

It has <Fig metric="models" /> models.
${CHARTS}`;
// Numbers of every length, a count given and one not, measures shared with the real provinces (bars) and its own.
const results = (slug: string) =>
  [
    "metric,value,qualifier,source,quote,note,note_en",
    `models,1250,over,${slug}-1,trên 1.250 mô hình,Đếm mọi mô hình tự quản ở khu dân cư trong cả giai đoạn mười năm.,Counts every self-managed model in residential areas over the ten years.`,
    `campaign_launches,1200,exact,${slug}-1,1.200 đợt phát động,,`,
    `campaign_participant_turns,2500000,over,${slug}-1,trên 2.500.000 lượt người tham gia,,`,
    `award_ppc_chair_collective,135,exact,${slug}-1,135 tập thể,,`,
    `award_ppc_chair_individual,,unquantified,${slug}-1,khen thưởng nhiều cá nhân,,`,
    `criminal_gangs_dismantled,1450,exact,${slug}-1,1.450 ổ nhóm,,`,
    `drug_lines_dismantled,88,about,${slug}-1,khoảng 88 đường dây,,`,
    `safe_residential_share,97,over,${slug}-1,trên 97% khu dân cư,,`,
  ].join("\n") + "\n";
const source = (slug: string) => `${slug}-1,${slug},Báo Thử,Bài thử,2023-06-01,2023-05-30,,,${slug}-1.txt,Bài viết cho phép thử.,An article written for the test.`;

const WIDTHS = [320, 360, 414, 1280];
const PAGES = ["so-sanh/", "en/compare/", "tinh/tinh-ten-dai/", "en/provinces/tinh-ten-dai/", "tinh/thanh-pho-ho-chi-minh/", "en/provinces/thanh-pho-ho-chi-minh/"];

/** Every drawn chart's text on the page: outside its drawing, overlapping another, or rendered under 12 px. */
function problems(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>("svg.plot")].filter((s) => s.getBoundingClientRect().width > 0);
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const scale = frame.width / svg.viewBox.baseVal.width;
      const name = `${svg.closest("figure")?.id} (${svg.getAttribute("aria-label")})`;
      const boxes = [...svg.querySelectorAll("text")].map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect(), size: parseFloat(getComputedStyle(t).fontSize) * scale }));
      for (const { text, box, size } of boxes) {
        if (size < 11.95) found.push(`${name}: "${text}" renders at ${size.toFixed(1)} px`);
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
          found.push(`${name}: "${text}" leaves the drawing (${Math.round(box.left - frame.left)}…${Math.round(box.right - frame.left)} of ${Math.round(frame.width)})`);
        }
      }
      // Boxes include a little space above and below the letters; two lines touching by a pixel are not overlapping.
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 2) found.push(`${name}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
        }
      }
    }
    return { found, charts: svgs.length };
  });
}

describe("chart text on phones and desktops, in both languages, with the longest province names", () => {
  const project = copyProject();
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    for (const p of PROVINCES) {
      project.write(`content/provinces/${p.slug}.mdx`, story(p));
      project.write(`content/en/provinces/${p.slug}.mdx`, storyEn(p));
      project.write(`data/results/${p.slug}.csv`, results(p.slug));
    }
    project.write("data/sources.csv", `${project.read("data/sources.csv")}${PROVINCES.map((p) => source(p.slug)).join("\n")}\n`);
    const env = archiveWith(project.dir, Object.fromEntries(PROVINCES.map((p) => [`${p.slug}-1.txt`, articleOf(results(p.slug))])));
    const build = astroBuild(project.dir, "dist", env);
    if (build.status !== 0) throw new Error(build.output);
    [browser, site] = await Promise.all([launch(), serve(join(project.dir, "dist"))]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    project.remove();
  });

  it.each(WIDTHS)("at %i px: every chart text stays inside its drawing, apart from the others, at 12 px or more", async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const all: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.url}${path}`);
      const { found, charts } = await problems(page);
      expect(charts, path).toBeGreaterThan(0);
      all.push(...found.map((f) => `${path} ${f}`));
    }
    await context.close();
    expect(all).toEqual([]);
  });

  it("shows a mark's provenance in place when it is tapped, without leaving the chart", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.url}so-sanh/`);
    const mark = page.locator("#bd-mo-hinh .fig-narrow .hits a").first();
    await mark.tap();
    const tip = page.locator("#chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("“");
    expect(new URL(page.url()).hash).toBe("");
    expect(await page.locator("#bd-mo-hinh details.fig-share").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });
});
