import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { UI } from "../../src/i18n/ui.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { coverageSummary } from "../../src/lib/shape/coverageSummary.ts";
import { realFiles } from "../helpers/project.ts";

const { dataset } = validateProject(realFiles());
const out = inject("dist");
const page = (path: string) => parseHTML(readFileSync(join(out, path, "index.html"), "utf8")).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const home = { vi: "", en: "en/" };
const method = { vi: "nguon-va-phuong-phap/", en: "en/sources-and-method/" };
const province = (slug: string) => ({ vi: `tinh/${slug}/`, en: `en/provinces/${slug}/` });

describe.each(LANGS.map((l) => [l]))("the story first (%s)", (lang) => {
  const t = UI[lang];

  it("opens the home page with the finding, computed from the data, as its h1 and first sentence", () => {
    const s = coverageSummary(dataset);
    const finding = t.home.finding(s);
    const doc = page(home[lang]);
    expect(text(doc.querySelector("h1"))).toBe(finding.headline);
    // Under it, what Program 09 is, then the side-by-side view that shows the finding, before the provinces.
    expect(text(doc.querySelector(".hero .lede"))).toBe(t.home.standfirst);
    const html = doc.querySelector("main")!.innerHTML;
    expect(html.indexOf('id="canh-nhau"')).toBeGreaterThan(html.indexOf("<h1"));
    expect(html.indexOf('id="canh-nhau"')).toBeLessThan(html.indexOf('id="cac-tinh"'));
    // The overview of what each province reported follows the provinces, with the finding's counts over it.
    expect(text(doc.querySelector(".overview-lede"))).toBe(finding.sentence);
    expect(finding.sentence).toContain(String(dataset.metrics.length));
    expect(html.indexOf('id="bd-bao-cao-gi"')).toBeGreaterThan(html.indexOf('id="cac-tinh"'));
  });

  it("lists every province on the home page, by name over its story's headline", () => {
    const cards = [...page(home[lang]).querySelectorAll(".card")];
    expect(cards.map((c) => text(c.querySelector(".card-kicker"))).sort()).toEqual(dataset.provinces.map((p) => p.name).sort());
    for (const p of dataset.provinces) {
      const card = cards.find((c) => text(c.querySelector(".card-kicker")) === p.name)!;
      expect(text(card.querySelector("h3"))).toBe(lang === "en" ? p.en.headline : p.headline);
    }
  });

  it("says what the figures are, plainly: in full on the method page, in one line linked to it on the home page and every story", () => {
    const words = (parts: typeof t.framing.full) => parts.map((p) => (typeof p === "string" ? p : p.text)).join("").replace(/\s+/g, " ").trim();
    expect(text(page(method[lang]).querySelector("aside.framing"))).toContain(words(t.framing.full));
    for (const doc of [page(home[lang]), ...dataset.provinces.map((p) => page(province(p.slug)[lang]))]) {
      const framing = doc.querySelector("header aside.framing");
      expect(text(framing)).toBe(words(t.framing.story));
      expect(framing!.querySelector("a")!.getAttribute("href")).toContain(method[lang]);
      expect(doc.querySelectorAll("aside.framing")).toHaveLength(1);
    }
  });

  it("keeps a story's figures table, its gaps and its articles, and no separate section of charts after the story", () => {
    for (const p of dataset.provinces) {
      const story = page(province(p.slug)[lang]);
      expect(story.getElementById("so-lieu"), p.slug).not.toBeNull();
      expect(story.querySelector(".back-matter .sources"), p.slug).not.toBeNull();
      expect(story.getElementById("bieu-do"), p.slug).toBeNull();
    }
  });
});

describe("the all-figures table", () => {
  it("never prints the same note twice in a row", () => {
    for (const p of dataset.provinces) {
      for (const path of Object.values(province(p.slug))) {
        const notes = [...page(path).querySelectorAll("table.figures tr")].map((tr) => [...tr.querySelectorAll(".note")].map(text));
        notes.forEach((row, i) => {
          for (const note of row) expect(i > 0 && notes[i - 1]!.includes(note), `${path}: “${note}”`).toBe(false);
        });
      }
    }
  });
});
