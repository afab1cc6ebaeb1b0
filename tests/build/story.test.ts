import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { UI } from "../../src/i18n/ui.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { metricLabel } from "../../src/lib/format/localText.ts";
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
    const finding = t.home.finding(s, s.shared.map((m) => metricLabel(m, lang)));
    const doc = page(home[lang]);
    expect(text(doc.querySelector("h1"))).toBe(finding.headline);
    expect(text(doc.querySelector(".finding"))).toBe(finding.sentence);
    // The finding's numbers are the data's: every measure, and how many have numbers from more than one province.
    expect(finding.sentence).toContain(String(dataset.metrics.length));
    // Right under it, the chart that shows it: what each province reported.
    const first = doc.querySelector("main figure.chart");
    expect(first?.id).toBe("bd-bao-cao-gi");
    expect(doc.querySelector("main")!.innerHTML.indexOf("figure")).toBeGreaterThan(doc.querySelector("main")!.innerHTML.indexOf("finding"));
  });

  it("lists every province on the home page", () => {
    const names = [...page(home[lang]).querySelectorAll(".card h3")].map(text).sort();
    expect(names).toEqual(dataset.provinces.map((p) => p.name).sort());
  });

  it("says what the figures are, plainly: in full on the home and method pages, in one line on every story", () => {
    const full = t.framing.full.map((p) => (typeof p === "string" ? p : p.text)).join("").replace(/\s+/g, " ").trim();
    for (const path of [home[lang], method[lang]]) expect(text(page(path).querySelector("aside.framing"))).toContain(full);
    for (const p of dataset.provinces) {
      const story = page(province(p.slug)[lang]);
      const framing = story.querySelector(".story-header aside.framing");
      expect(text(framing), p.slug).toBe(t.framing.story);
    }
  });

  it("keeps a story's figures table, its gaps and its articles, and no separate section of charts after the story", () => {
    for (const p of dataset.provinces) {
      const story = page(province(p.slug)[lang]);
      expect(story.getElementById("so-lieu"), p.slug).not.toBeNull();
      expect(story.getElementById("nguon"), p.slug).not.toBeNull();
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
