import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { builtPages } from "../../src/site/builtPages.ts";
import { translatePath } from "../../src/project/paths.ts";
import { realFiles } from "../helpers/project.ts";

const dist = inject("dist");
const SITE = "https://example.org/";
const doc = (page: string) => parseHTML(readFileSync(join(dist, page, page.endsWith(".html") ? "" : "index.html"), "utf8")).document;
/** The text of a page's main content, leaving out what is marked as Vietnamese (the sources' own words). */
function text(page: string): string {
  const main = doc(page).querySelector("main")!;
  for (const quoted of main.querySelectorAll('[lang="vi"]')) quoted.remove();
  return main.textContent!.replace(/\s+/g, " ");
}
const { dataset } = validateProject(realFiles());
// Every page but the 404s, whose other edition is the other home page.
const pages = builtPages(dist).filter((p) => !p.endsWith(".html"));
const english = (page: string) => page.startsWith("en/");

describe("the two editions", () => {
  it("publish the same pages: every Vietnamese page has its English counterpart, and back", () => {
    const vi = pages.filter((p) => !english(p));
    const en = pages.filter(english);
    expect(en.length).toBe(vi.length);
    for (const page of vi) expect(en, page).toContain(translatePath(`/${page}`, "en").slice(1));
    expect(existsSync(join(dist, "404.html")) && existsSync(join(dist, "en/404.html"))).toBe(true);
  });

  it.each(pages.map((p) => [p || "/", p]))("%s links its other edition both ways: hreflang, x-default and the language switch", (_, page) => {
    const lang = english(page) ? "en" : "vi";
    const other = translatePath(`/${page}`, lang === "en" ? "vi" : "en").slice(1);
    const here = doc(page);
    const alternates = (d: Document) => Object.fromEntries([...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
    const mine = alternates(here);
    expect(mine[lang]).toBe(SITE + page);
    expect(mine[lang === "en" ? "vi" : "en"]).toBe(SITE + other);
    expect(mine["x-default"]).toBe(SITE + (lang === "vi" ? page : other));
    expect(alternates(doc(other))).toEqual(mine);
    const sw = here.querySelector("a.lang-switch")!;
    expect(sw.getAttribute("href")).toBe(`/${other}`);
    expect(sw.getAttribute("hreflang")).toBe(lang === "en" ? "vi" : "en");
    if (/^(en\/)?embed\//.test(page)) return; // an embed's switch sits in its credit line; it has no description of its own
    expect(here.querySelector('meta[name="description"]')!.getAttribute("content")).not.toBe(doc(other).querySelector('meta[name="description"]')!.getAttribute("content"));
  });

  it("write each province's figures in their edition's format, with the qualifier in their language", () => {
    const vi = text("tinh/ha-tinh/");
    const en = text("en/provinces/ha-tinh/");
    expect(vi).toContain("trên 114.924");
    expect(en).toContain("more than 114,924");
    expect(en).not.toContain("114.924");
    // "Not reported": the heading of what the province did not give (the story's charts label their gaps so too).
    expect(en).toMatch(/not reported/i);
    expect(en).not.toMatch(/không báo cáo|có, không nêu số lượng/);
    expect(en).toContain("yes, no count given");
  });

  it("show every story and every summary in its own language", () => {
    for (const p of dataset.provinces) {
      const page = doc(`en/provinces/${p.slug}/`);
      expect(page.querySelector(".summary")!.textContent).toBe(p.en.summary);
      expect(page.querySelector("h1")!.textContent).toBe(p.en.headline);
      expect(page.querySelector(".story-header .kicker")!.textContent).toBe(p.name);
      expect(page.querySelectorAll(".prose a.fig").length).toBe(doc(`tinh/${p.slug}/`).querySelectorAll(".prose a.fig").length);
      // The sources' words stay as written, and Vietnamese words in the story are marked, for screen readers.
      for (const vi of page.querySelectorAll(".prose [lang]")) expect(vi.getAttribute("lang")).toBe("vi");
      for (const q of page.querySelectorAll("#so-lieu q")) expect(q.getAttribute("lang")).toBe("vi");
    }
  });

  it("mark the Vietnamese words of the English stories as Vietnamese", () => {
    expect(doc("en/provinces/ha-nam/").querySelector('.prose span[lang="vi"]')!.textContent).toMatch(/tự phòng|Dân vận khéo|mô hình/);
  });

  it("keep the English pages free of the Vietnamese interface", () => {
    for (const page of pages.filter(english)) {
      const d = doc(page);
      const chrome = [...d.querySelectorAll("nav, footer, .fig-source, .fig-downloads, .fig-cite, summary, caption, th[scope=col]")].map((e) => e.textContent).join(" ");
      expect(chrome, page).not.toMatch(/Trang chủ|Nguồn:|Dữ liệu \(CSV\)|Trích dẫn|Bảng số liệu|Chỉ số|Số liệu/);
    }
  });

  it("offer each chart's downloads in the page's language", () => {
    const en = doc("en/compare/");
    const links = [...en.querySelectorAll("#bd-mo-hinh .fig-downloads a[download]")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/en/charts/bd-mo-hinh.csv", "/en/charts/bd-mo-hinh.svg"]);
    const svg = readFileSync(join(dist, "en/charts/bd-mo-hinh.svg"), "utf8");
    expect(svg).toContain("How many models each province reported");
    expect(svg).not.toContain("không báo cáo");
  });
});
