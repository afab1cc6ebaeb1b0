import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../../src/site/builtPages.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { realFiles } from "../helpers/project.ts";

const dist = inject("dist");
const read = (path: string) => readFileSync(join(dist, path), "utf8");
const xml = (path: string) => new DOMParser().parseFromString(read(path), "text/xml");
const { dataset } = validateProject(realFiles());
const SITE = "https://example.org/";

/** Width and height of a PNG in dist, from its IHDR header. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(join(dist, path));
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("what the site tells search engines, feed readers and phones", () => {
  it("lists every page but the 404 in sitemap.xml, as absolute URLs", () => {
    const urls = [...xml("sitemap.xml").querySelectorAll("loc")].map((l) => l.textContent);
    // Embed pages are for iframes on other sites, not for search engines (they say noindex).
    const pages = builtPages(dist).filter((p) => p !== "404.html" && !p.startsWith("embed/")).map((p) => SITE + p);
    expect(urls.sort()).toEqual(pages.sort());
  });

  it("points robots.txt at the sitemap", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it("has an RSS item for every story, with its page and summary", () => {
    const items = [...xml("rss.xml").querySelectorAll("item")];
    expect(items).toHaveLength(dataset.provinces.length);
    for (const p of dataset.provinces) {
      const item = items.find((i) => i.querySelector("link")!.textContent === `${SITE}tinh/${p.slug}/`)!;
      expect(item.querySelector("title")!.textContent).toContain(p.name);
      expect(item.querySelector("description")!.textContent).toContain(p.summary);
    }
  });

  it("has a web manifest that starts at the site's root", () => {
    const manifest = JSON.parse(read("manifest.webmanifest"));
    expect(manifest).toMatchObject({ lang: "vi", start_url: "/", display: "standalone" });
    expect(manifest.icons.length).toBeGreaterThan(0);
  });

  it.each(builtPages(dist).filter((p) => p !== "404.html" && !p.startsWith("embed/")).map((p) => [p || "/", p]))("%s has a canonical URL and Open Graph and Twitter tags", (_, page) => {
    const doc = parseHTML(read(join(page, page ? "" : "", "index.html"))).document;
    const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content");
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute("href");
    expect(canonical).toBe(SITE + page);
    expect(meta("og:url")).toBe(canonical);
    expect(meta("og:title")).toBe(doc.title.replace(/ · .*$/, ""));
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("og:locale")).toBe("vi_VN");
    expect(meta("twitter:card")).toBeTruthy();
    expect(meta("og:type")).toBe(page.startsWith("tinh/") ? "article" : "website");
    // A 1200×630 PNG for every page, its own for each story and for the comparison.
    const image = meta("og:image")!;
    expect(meta("twitter:image")).toBe(image);
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(pngSize(image.replace(SITE, ""))).toEqual([1200, 630]);
    if (page.startsWith("tinh/")) expect(image).toBe(`${SITE}anh/${page.split("/")[1]}.png`);
    if (page === "so-sanh/") expect(image).toBe(`${SITE}anh/so-sanh.png`);
  });

  it("has icons for phones: an apple-touch-icon and the manifest's PNGs, at their sizes", () => {
    const doc = parseHTML(read("index.html")).document;
    expect(pngSize(doc.querySelector('link[rel="apple-touch-icon"]')!.getAttribute("href")!.slice(1))).toEqual([180, 180]);
    for (const icon of JSON.parse(read("manifest.webmanifest")).icons.filter((i: { type: string }) => i.type === "image/png")) {
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(icon.src.slice(1))).toEqual([w, h]);
    }
  });
});
