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
/** Pages search engines should know: not the 404s, not the embeds (they say noindex). */
const indexable = builtPages(dist).filter((p) => !p.endsWith(".html") && !/^(en\/)?embed\//.test(p));

/** Width and height of a PNG in dist, from its IHDR header. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(join(dist, path));
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("what the site tells search engines, feed readers and phones", () => {
  it("lists every page of both editions but the 404s in sitemap.xml, as absolute URLs, each with its other edition", () => {
    const entries = [...xml("sitemap.xml").querySelectorAll("url")];
    const urls = entries.map((u) => u.querySelector("loc")!.textContent);
    expect(urls.sort()).toEqual(indexable.map((p) => SITE + p).sort());
    for (const entry of entries) {
      const links = Object.fromEntries([...entry.getElementsByTagName("xhtml:link")].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      expect(Object.keys(links).sort()).toEqual(["en", "vi"]);
      expect(Object.values(links)).toContain(entry.querySelector("loc")!.textContent);
      expect(urls).toEqual(expect.arrayContaining(Object.values(links)));
    }
  });

  it("points robots.txt at the sitemap", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it.each([
    ["rss.xml", "tinh/", "vi"],
    ["en/rss.xml", "en/provinces/", "en"],
  ] as const)("%s has an item for every story, with its page and summary in its language", (feed, folder, lang) => {
    expect(xml(feed).querySelector("language")!.textContent).toBe(lang);
    const items = [...xml(feed).querySelectorAll("item")];
    expect(items).toHaveLength(dataset.provinces.length);
    for (const p of dataset.provinces) {
      const item = items.find((i) => i.querySelector("link")!.textContent === `${SITE}${folder}${p.slug}/`)!;
      expect(item.querySelector("title")!.textContent).toContain(p.name);
      expect(item.querySelector("description")!.textContent).toContain(lang === "en" ? p.en.summary : p.summary);
    }
  });

  it("has a web manifest that starts at the site's root", () => {
    const manifest = JSON.parse(read("manifest.webmanifest"));
    expect(manifest).toMatchObject({ lang: "vi", start_url: "/", display: "standalone" });
    expect(manifest.icons.length).toBeGreaterThan(0);
  });

  it.each(indexable.map((p) => [p || "/", p]))("%s has a canonical URL and Open Graph and Twitter tags in its language", (_, page) => {
    const en = page.startsWith("en/");
    const story = /^(tinh|en\/provinces)\//.test(page);
    const images = en ? "en/images/" : "anh/";
    const doc = parseHTML(read(join(page, page ? "" : "", "index.html"))).document;
    const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content");
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute("href");
    expect(canonical).toBe(SITE + page);
    expect(meta("og:url")).toBe(canonical);
    expect(meta("og:title")).toBe(doc.title.replace(/ · .*$/, ""));
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("og:locale")).toBe(en ? "en_GB" : "vi_VN");
    expect(meta("og:locale:alternate")).toBe(en ? "vi_VN" : "en_GB");
    expect(meta("twitter:card")).toBeTruthy();
    expect(meta("og:type")).toBe(story ? "article" : "website");
    // A 1200×630 PNG for every page, its own for each story and for the comparison.
    const image = meta("og:image")!;
    expect(meta("twitter:card")).toBe("summary_large_image");
    // X falls back to the og: title, description and image: no second copy of them.
    for (const copy of ["twitter:title", "twitter:description", "twitter:image"]) expect(meta(copy), copy).toBeUndefined();
    expect(pngSize(image.replace(SITE, ""))).toEqual([1200, 630]);
    expect(image.startsWith(SITE + images)).toBe(true);
    if (story) expect(image).toBe(`${SITE}${images}${page.split("/").at(-2)}.png`);
    if (page === "so-sanh/" || page === "en/compare/") expect(image).toBe(`${SITE}${images}so-sanh.png`);
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
