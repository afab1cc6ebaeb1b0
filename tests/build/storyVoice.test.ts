import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { realFiles } from "../helpers/project.ts";

const { dataset } = validateProject(realFiles());
const out = inject("dist");
const EDITIONS = [
  { lang: "vi", path: (slug: string) => `tinh/${slug}/` },
  { lang: "en", path: (slug: string) => `en/provinces/${slug}/` },
] as const;

/** The built page at a site path, as a DOM. */
const page = (path: string): Document => parseHTML(readFileSync(join(out, path, "index.html"), "utf8")).document;

/** A story's sentences as readers see them, names and numbers aside: what two stories could share word for word. */
function sentences(doc: Document): Set<string> {
  const names = dataset.provinces.map((p) => p.name);
  // The story's own paragraphs and headings, not the charts placed among them (their words are shared by design).
  const text = [...doc.querySelectorAll(".prose > p, .prose > h2")].map((p) => p.textContent ?? "").join(" ");
  return new Set(
    text
      .split(/(?<=[.!?…])\s+/)
      .map((s) => names.reduce((t, n) => t.replaceAll(n, "X"), s).replace(/\d[\d.,]*%?/g, "N").replace(/\s+/g, " ").trim().toLocaleLowerCase())
      .filter((s) => s.split(" ").length >= 4),
  );
}

describe("the stories, as built", () => {
  it.each(EDITIONS)("repeat at most 15 % of their sentences from another story of the $lang edition", ({ path }) => {
    const stories = dataset.provinces.map((p) => ({ slug: p.slug, sentences: sentences(page(path(p.slug))) }));
    for (const a of stories) {
      expect(a.sentences.size, a.slug).toBeGreaterThan(5);
      for (const b of stories.filter((s) => s !== a)) {
        const shared = [...a.sentences].filter((s) => b.sentences.has(s));
        expect(shared.length / a.sentences.size, `${a.slug} shares with ${b.slug}: ${shared.join(" / ")}`).toBeLessThanOrEqual(0.15);
      }
    }
  });

  it.each(EDITIONS)("link every article whose address is known from its province's page ($lang)", ({ path }) => {
    const linked = dataset.sources.filter((s) => s.url);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const source of linked) {
      const hrefs = [...page(path(source.province)).querySelectorAll("main a")].map((a) => a.getAttribute("href"));
      expect(hrefs, source.id).toContain(source.url);
    }
  });

  it.each(EDITIONS)("name no source id, column or copy on a reader's page ($lang)", ({ path }) => {
    for (const p of dataset.provinces) {
      const text = page(path(p.slug)).querySelector("main")!.textContent!;
      for (const s of dataset.sources) expect(text, p.slug).not.toContain(s.id);
      expect(text).not.toMatch(/bản lưu|archived copy|note_en|qualifier/);
    }
  });
});
