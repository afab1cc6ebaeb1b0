import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { formatDate } from "../../src/lib/format/formatDate.ts";
import { lastUpdated } from "../../src/lib/shape/lastUpdated.ts";
import { formatFigure, mentionText, NOT_REPORTED_TEXT, UNQUANTIFIED_TEXT } from "../../src/lib/format/formatFigure.ts";
import { realFiles, ROOT } from "../helpers/project.ts";

const { dataset } = validateProject(realFiles());
const metric = new Map(dataset.metrics.map((m) => [m.id, m]));
const out = inject("dist");

/** The built page at a site path, as a DOM. */
function page(path: string): Document {
  return parseHTML(readFileSync(join(out, path, path.endsWith(".html") ? "" : "index.html"), "utf8")).document;
}

/** Every built HTML file, as a site path. */
function htmlFiles(dir = out): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [relative(out, full)] : [];
  });
}

const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();


describe("the built site", () => {
  it.each(dataset.provinces.map((p) => [p.slug]))("tinh/%s shows each figure with its qualifier, quote and source", (slug) => {
    const doc = page(`tinh/${slug}/`);
    const rows = dataset.results.filter((r) => r.province === slug);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const tr = doc.getElementById(`so-lieu-${r.metric}`);
      expect(tr, `${slug}: no row for ${r.metric}`).not.toBeNull();
      // "hàng nghìn vụ" reads "hàng nghìn": the figure's words come from its quote.
      expect(text(tr!.querySelector("td.value"))).toBe(formatFigure({ ...r, rows: [r] }, metric.get(r.metric)!.unit));
      const quotes = [...tr!.querySelectorAll("q")].map(text);
      expect(quotes).toContain(r.quote.replace(/\s+/g, " ").trim());
      expect(tr!.querySelector(`a[href$="#nguon-${r.source}"]`), `${slug}/${r.metric}: no link to ${r.source}`).not.toBeNull();
    }
  });

  it("links every figure in a story to a row that exists", () => {
    let links = 0;
    for (const p of dataset.provinces) {
      for (const a of page(`tinh/${p.slug}/`).querySelectorAll(".prose a.fig")) {
        const [path, anchor] = a.getAttribute("href")!.split("#");
        const target = page(path!.replace(/^\//, ""));
        const row = target.getElementById(anchor!);
        expect(row, `${a.getAttribute("href")} has no row`).not.toBeNull();
        expect(text(row!.querySelector("td.value"))).toBe(text(a));
        links++;
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it("says 'không báo cáo' in the comparison exactly where a province has no row", () => {
    const doc = page("");
    // Texts, not nodes: a failing assertion then prints words, not a DOM too deep to print.
    const cells = [...doc.querySelectorAll("#bd-bao-cao-gi tbody td")].map(text);
    const figures = new Set(dataset.results.map((r) => `${r.province}/${r.metric}`));
    expect(cells).toHaveLength(dataset.metrics.length * dataset.provinces.length);
    expect(cells.filter((c) => c === NOT_REPORTED_TEXT.vi)).toHaveLength(cells.length - figures.size);
    // Hà Tĩnh gave awards without counts: shown as such, never as 0; Hà Nam's "hàng nghìn vụ" reads "hàng nghìn".
    const unquantified = new Map(dataset.results.filter((r) => r.qualifier === "unquantified").map((r) => [`${r.province}/${r.metric}`, mentionText({ ...r, rows: [r] })]));
    expect([...unquantified.values()]).toContain("hàng nghìn");
    expect(cells.filter((c) => c === UNQUANTIFIED_TEXT.vi || c === "hàng nghìn")).toHaveLength(unquantified.size);
    expect(cells).not.toContain("0");
    // The models chart labels Hà Tĩnh, which mentions models without a count, "có, không nêu số lượng" and draws it no bar.
    const models = page("so-sanh/").querySelector("#bd-mo-hinh .fig-wide svg.plot")!;
    expect([...models.querySelectorAll("text")].map(text)).toContain(UNQUANTIFIED_TEXT.vi);
    // Each province counts models its own way: labelled numbers, never bars on one scale.
    expect(models.querySelectorAll("g.bars rect")).toHaveLength(0);
  });

  it("keeps a corrections page that lists exactly the rows of data/corrections.csv", () => {
    const items = page("dinh-chinh/").querySelectorAll("ol.corrections > li");
    expect(items).toHaveLength(dataset.corrections.length);
    if (dataset.corrections.length === 0) expect(text(page("dinh-chinh/").querySelector("main"))).toContain("Chưa có đính chính nào.");
  });

  it("shows the models chart with what each province counted", () => {
    // Written under each province's number: the story's counts words, else the row's note.
    const notes = [...page("so-sanh/").querySelectorAll("#bd-mo-hinh .fig-wide svg.plot text")].map(text).join(" ");
    for (const r of dataset.results.filter((x) => x.metric === "models" && x.value !== null)) {
      const province = dataset.provinces.find((p) => p.slug === r.province)!;
      expect(notes, r.province).toContain(province.counts?.models ?? r.note);
    }
  });

  it("gives every chart a citation (title, site, date of the latest update, its own absolute URL), an SVG download and a PNG button shown by the script", () => {
    const updated = { vi: formatDate(lastUpdated(dataset), "vi"), en: formatDate(lastUpdated(dataset), "en") };
    for (const file of htmlFiles()) {
      for (const figure of parseHTML(readFileSync(join(out, file), "utf8")).document.querySelectorAll("figure.chart")) {
        const page = file.replace(/index\.html$/, "");
        const cite = text(figure.querySelector(".fig-cite"));
        const en = page.startsWith("en/");
        expect(cite).toContain(`“${text(figure.querySelector(".chart-title"))}”, ${en ? "Program 09: ten years on, updated" : "Chương trình 09: mười năm nhìn lại, cập nhật"} ${updated[en ? "en" : "vi"]}, https://example.org/${page}#${figure.id}`);
        const svg = figure.querySelector('a[href$=".svg"]')!.getAttribute("href")!;
        expect(readFileSync(join(out, svg), "utf8")).toMatch(/^<\?xml[\s\S]*<title>/);
        // The PNG is drawn in the browser from that SVG (tests/browser/chartPng.test.ts): a button, hidden until
        // the script shows it, right after the SVG link; no PNG file is built.
        const slot = figure.querySelector("[data-png]")!;
        expect(slot.hasAttribute("hidden")).toBe(true);
        expect(slot.previousElementSibling!.getAttribute("href")).toBe(svg);
        expect(text(slot.querySelector("button"))).toBe(page.startsWith("en/") ? "Image (PNG)" : "Ảnh (PNG)");
        expect(figure.querySelector('a[href$=".png"]')).toBeNull();
      }
    }
  });

  it("writes each chart's CSV as the registry made it, and links it from the figure", () => {
    const doc = page("so-sanh/");
    for (const figure of doc.querySelectorAll("figure.chart")) {
      const href = figure.querySelector('a[download][href$=".csv"]')!.getAttribute("href")!;
      expect(href).toBe(`/du-lieu/bieu-do/${figure.id}.csv`);
      expect(readFileSync(join(out, href), "utf8").split("\n")[0]).toMatch(/^province,metric,value,qualifier,source,quote,note,note_en$|^,/);
    }
  });

  it("gives every page its edition's language tag, a title, a description and one h1", () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThanOrEqual(dataset.provinces.length + 4);
    for (const file of files) {
      const doc = parseHTML(readFileSync(join(out, file), "utf8")).document;
      expect(doc.documentElement.getAttribute("lang"), file).toBe(file.startsWith("en/") ? "en" : "vi");
      expect(text(doc.querySelector("title")), file).not.toBe("");
      expect(doc.querySelector('meta[name="description"]')?.getAttribute("content"), file).toBeTruthy();
      expect(doc.querySelectorAll("h1"), file).toHaveLength(1);
    }
  });

  it("has no broken internal link or anchor", () => {
    const broken: string[] = [];
    // Each page's ids, read once: the home page and the comparison link dozens of rows on each province page.
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...parseHTML(readFileSync(file, "utf8")).document.querySelectorAll("[id]")].map((el) => el.id)));
      return ids.get(file)!;
    };
    for (const file of htmlFiles()) {
      const doc = parseHTML(readFileSync(join(out, file), "utf8")).document;
      for (const el of doc.querySelectorAll("a[href], link[href]")) {
        const href = el.getAttribute("href")!;
        if (/^[a-z]+:/i.test(href)) continue;
        const [path, anchor] = href.split("#");
        const target = path ? path.replace(/^\//, "") : file.replace(/index\.html$/, "");
        const onDisk = join(out, target, target === "" || target.endsWith("/") ? "index.html" : "");
        let exists = false;
        try {
          exists = statSync(onDisk).isFile();
        } catch {}
        if (!exists) broken.push(`${file}: ${href}`);
        else if (anchor && !idsOf(onDisk).has(anchor)) broken.push(`${file}: ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("offers each province's figures for download, the same rows and columns as the editor's file", () => {
    for (const p of dataset.provinces) {
      const parse = (text: string) => Papa.parse<string[]>(text.trim()).data;
      const download = parse(readFileSync(join(out, "du-lieu", `${p.slug}.csv`), "utf8"));
      expect(download).toEqual(parse(readFileSync(join(ROOT, "data/results", `${p.slug}.csv`), "utf8")));
    }
  });

  it("ships only small enhancement scripts, no chart library, and no inline script but the one the CSP hashes", () => {
    const scripts = new Set<string>();
    for (const file of htmlFiles()) {
      const doc = parseHTML(readFileSync(join(out, file), "utf8")).document;
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
      for (const s of doc.querySelectorAll("script")) {
        if (s.getAttribute("src")) scripts.add(s.getAttribute("src")!);
        else expect(csp, `${file} has an inline script the CSP does not allow`).toContain(`'sha256-${createHash("sha256").update(s.textContent!).digest("base64")}'`);
      }
    }
    let total = 0;
    for (const src of scripts) {
      const code = readFileSync(join(out, src), "utf8");
      total += gzipSync(code).length;
      expect(code, src).not.toMatch(/observablehq|d3-|scaleLinear|geoMercator|linkedom/);
    }
    expect(total).toBeLessThanOrEqual(5 * 1024);
  });

  it("lets only the search page compile WebAssembly: every other page's policy leaves it out", () => {
    for (const file of htmlFiles()) {
      const csp = parseHTML(readFileSync(join(out, file), "utf8")).document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
      expect(csp.includes("'wasm-unsafe-eval'"), file).toBe(/^(tim-kiem|en\/search)\//.test(file));
    }
  });
});
