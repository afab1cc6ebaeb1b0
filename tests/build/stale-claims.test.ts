import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { readProjectFiles } from "../../src/lib/data/readProject.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import type { Dataset } from "../../src/lib/data/model.ts";
import { builtPages } from "../../src/site/builtPages.ts";
import { articleOf, archiveWith } from "../helpers/archive.ts";
import { astroBuild, copyProject } from "../helpers/project.ts";

// A fifth province that reports every metric of the dictionary: every "only X" of the four real stories
// becomes false at once. Built in a copy of the project; Đông Thử is not a real province.
const SLUG = "dong-thu";
const NAME = "Đông Thử";

/** A results row per metric, each quoting its number with the words the validator expects after it. */
function everyMetric(metricsCsv: string): string {
  const { dataset } = validateProject({ ...readProjectFiles(copy.dir), metrics: { path: "data/metrics.csv", text: metricsCsv } });
  const rows = dataset.metrics.map((m, i) => {
    const value = m.unit === "percent" ? 50 + i : 10 + i;
    const noun = m.keywords_vi.split("|")[0]!.split("@")[0]!;
    const quote = `toàn tỉnh có ${value}${m.unit === "percent" ? "%" : ""} ${noun}`.replaceAll('"', '""');
    return `${m.id},${value},exact,${SLUG}-1,"${quote}",,`;
  });
  return `metric,value,qualifier,source,quote,note,note_en\n${rows.join("\n")}\n`;
}

const copy = copyProject();
let dataset: Dataset;
let pages: string[];
const dist = () => join(copy.dir, "dist");
const doc = (page: string) => parseHTML(readFileSync(join(dist(), page, page.endsWith(".html") ? "" : "index.html"), "utf8")).document;

beforeAll(() => {
  const results = everyMetric(copy.read("data/metrics.csv"));
  copy.write(`data/results/${SLUG}.csv`, results);
  copy.write("data/sources.csv", `${copy.read("data/sources.csv")}${SLUG}-1,${SLUG},Báo Thử,Tổng kết ở ${NAME},2023-06-02,2023-06-01,,,${SLUG}-1.txt,Viết cho bài kiểm thử.,Written for the test.\n`);
  const env = archiveWith(copy.dir, { [`${SLUG}-1.txt`]: articleOf(results) });
  copy.write(
    `content/provinces/${SLUG}.mdx`,
    `---\nname: ${NAME}\nslug: ${SLUG}\nregion: Vùng thử\ncapital: Thị xã Thử\ncoordinates: { lat: 16.0, lon: 107.5 }\nevent: { kind: review, title: Hội nghị tổng kết, date: 2023-06-01 }\nheadline: Một tỉnh báo cáo mọi chỉ số\nsummary: Một tỉnh báo cáo mọi chỉ số, chỉ có trong bài kiểm thử.\nsources: [${SLUG}-1]\nafter_2025: { province: ${NAME}, merged_with: [] }\n---\n\nTỉnh có <Fig metric="models" /> mô hình; <Reporters metric="models" start /> nêu số mô hình, trong <ProvinceCount />.\n`,
  );
  copy.write(
    `content/en/provinces/${SLUG}.mdx`,
    `---\nslug: ${SLUG}\nregion: Test region\nevent: { title: Review conference }\nheadline: A province that reports every measure\nsummary: A province that reports every measure, made up for this test.\n---\n\nThe province has <Fig metric="models" /> models; <Reporters metric="models" start /> gave a count, out of <ProvinceCount />.\n`,
  );
  const checked = validateProject(readProjectFiles(copy.dir));
  expect(checked.problems.map(formatProblem)).toEqual([]);
  dataset = checked.dataset;
  const build = astroBuild(copy.dir, "dist", env);
  expect(build.status, build.output).toBe(0);
  pages = builtPages(dist()).filter((p) => /^(tinh|en\/provinces)\//.test(p));
}, 240_000);
afterAll(() => copy.remove());

/** Who reported a claim's subject, worked out here from the rows themselves, not by the site's code. */
function reportedBy(subject: string, counted: boolean, except: string | undefined): { slugs: string[]; total: number } {
  const [kind, id] = subject.split(":") as ["metric" | "group", string];
  const metrics = new Set(dataset.metrics.filter((m) => (kind === "metric" ? m.id === id : m.group === id)).map((m) => m.id));
  const slugs = new Set(dataset.results.filter((r) => metrics.has(r.metric) && (!counted || r.value !== null)).map((r) => r.province));
  slugs.delete(except ?? "");
  return { slugs: [...slugs].sort(), total: dataset.provinces.filter((p) => p.slug !== except).length };
}

describe("after adding a province that reports every metric", () => {
  it("every computed claim on every story page matches a recomputation from the rows", () => {
    const names = new Map(dataset.provinces.map((p) => [p.slug, p.name]));
    let claims = 0;
    for (const page of pages) {
      const slug = page.split("/").at(-2)!;
      const english = page.startsWith("en/");
      for (const claim of doc(page).querySelectorAll(".prose .claim")) {
        claims++;
        const where = `${page}: ${claim.outerHTML}`;
        const others = claim.hasAttribute("data-others") ? slug : undefined;
        const text = claim.textContent!;
        if (claim.getAttribute("data-claim") === "province-count") {
          expect(Number(claim.getAttribute("data-total")), where).toBe(dataset.provinces.length - (others ? 1 : 0));
          continue;
        }
        const expected = reportedBy(claim.getAttribute("data-subject")!, claim.hasAttribute("data-counted"), others);
        expect(claim.getAttribute("data-provinces")!.split(" ").filter(Boolean).sort(), where).toEqual(expected.slugs);
        expect(Number(claim.getAttribute("data-total")), where).toBe(expected.total);
        // The words agree with the count: "only"/"chỉ" for one, "all"/"cả" for all, and no province named that did not report it.
        if (expected.slugs.length !== 1) expect(text, where).not.toMatch(english ? /\bonly\b/i : /\bchỉ\b/i);
        if (expected.slugs.length === expected.total) expect(text, where).toMatch(english ? /\b(all|both)\b/i : /^cả(?=\s|$)/i);
        for (const [other, name] of names) if (!expected.slugs.includes(other)) expect(text, where).not.toContain(name);
      }
    }
    // Every claim the stories write was rendered and read (none vanished from a page).
    const files = readProjectFiles(copy.dir);
    const written = [...files.stories, ...files.translations].reduce((n, f) => n + (f.text.match(/<(Reporters|ReporterCount|ProvinceCount)\b/g) ?? []).length, 0);
    expect(claims).toBe(written);
    expect(claims).toBeGreaterThan(10);
  });

  it("no page still says a province stands alone, and the old hand-written sentences are gone", () => {
    const realNames = dataset.provinces.filter((p) => p.slug !== SLUG).map((p) => p.name).join("|");
    const alone = new RegExp(`(chỉ|only)\\s+(${realNames})|tỉnh duy nhất|the only (one|province)|Hà Tĩnh là tỉnh duy nhất|chỉ Hà Tĩnh báo cáo|chỉ Hà Nam nêu`, "i");
    for (const page of builtPages(dist())) {
      const main = doc(page).querySelector("main");
      if (main) expect(main.textContent!.replace(/\s+/g, " "), page).not.toMatch(alone);
    }
    // The Hà Tĩnh story's claim about launches now names both provinces that reported them, north to south.
    expect(doc("tinh/ha-tinh/").querySelector('.claim[data-subject="metric:campaign_launches"]')!.textContent).toBe(`Hà Tĩnh và ${NAME}`);
    expect(doc("en/provinces/ha-tinh/").querySelector('.claim[data-subject="metric:campaign_launches"]')!.textContent).toBe(`Hà Tĩnh and ${NAME}`);
    const models = reportedBy("metric:models", false, undefined);
    // Hà Tĩnh mentions models too, so with the new province every province reports them: "Cả năm tỉnh".
    expect(models.slugs.length).toBe(models.total);
    expect(doc(`tinh/${SLUG}/`).querySelector(".claim")!.textContent).toBe("Cả năm tỉnh");
    expect(doc(`en/provinces/${SLUG}/`).querySelector(".claim")!.textContent).toBe("All five provinces");
  });
});
