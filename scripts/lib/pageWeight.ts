import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

/** Bytes of one kind of resource, as stored and as sent gzipped (level 9, the most a host would do). */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page costs a reader: bytes by kind, requests, and the requests that block the first render. */
export interface PageWeight {
  page: string;
  html: Bytes;
  /** The charts drawn inline in the HTML (already counted in `html`). */
  svg: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  images: Bytes;
  total: Bytes;
  requests: number;
  /** Requests the browser must finish before it can paint: stylesheets, and scripts without async/defer/module. */
  blocking: string[];
}

const bytes = (data: Buffer | string): Bytes => ({ raw: Buffer.byteLength(data), gzip: gzipSync(data, { level: 9 }).length });
const add = (...all: Bytes[]): Bytes => ({ raw: all.reduce((n, b) => n + b.raw, 0), gzip: all.reduce((n, b) => n + b.gzip, 0) });
const none: Bytes = { raw: 0, gzip: 0 };

/**
 * Weighs a built page as a browser would fetch it from `dist` served at `base`: the HTML, each stylesheet,
 * script, image and icon it links (once each), and each font those stylesheets load.
 */
export function pageWeight(dist: string, page: string, base = "/"): PageWeight {
  const htmlPath = join(dist, page, page === "" || page.endsWith("/") ? "index.html" : "");
  const html = readFileSync(htmlPath);
  const doc = parseHTML(html.toString("utf8")).document;
  const local = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ""));
  const fetched = new Set<string>();
  const load = (url: string | null): Buffer | undefined => {
    if (!url || /^[a-z]+:/i.test(url) || fetched.has(url) || !existsSync(local(url))) return undefined;
    fetched.add(url);
    return readFileSync(local(url));
  };

  const css: Bytes[] = [];
  const fonts: Bytes[] = [];
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const sheet = load(link.getAttribute("href"));
    if (!sheet) continue;
    css.push(bytes(sheet));
    for (const m of sheet.toString("utf8").matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) {
      const font = load(m[1]!);
      if (font) fonts.push({ raw: font.length, gzip: font.length }); // fonts are compressed already
    }
  }
  // A module script costs its static imports too (fetched before it runs); a dynamic import() is fetched
  // only when the code asks for it, so it is not counted.
  const script = (url: string | null): Bytes[] => {
    const code = load(url);
    if (!code || !url) return [];
    // import … from "x", import "x", and export … from "x"; an address on another host is not this site's.
    const imports = [...code.toString("utf8").matchAll(/\b(?:import\s*(?:[\w{}$,*\s]+from\s*)?|export\s*[\w{}$,*\s]+from\s*)["']([^"']+)["']/g)]
      .map((m) => new URL(m[1]!, `file://${url}`))
      .filter((u) => u.protocol === "file:")
      .map((u) => u.pathname);
    return [bytes(code), ...imports.flatMap(script)];
  };
  const js = [...doc.querySelectorAll("script[src]")].flatMap((s) => script(s.getAttribute("src")));
  const images = [...doc.querySelectorAll('img[src], link[rel~="icon"]')].flatMap((el) => {
    const data = load(el.getAttribute("src") ?? el.getAttribute("href"));
    return data ? [bytes(data)] : [];
  });
  const blocking = [
    ...[...doc.querySelectorAll('head link[rel="stylesheet"]')].filter((l) => !/^(print|none)$/.test(l.getAttribute("media") ?? "")).map((l) => l.getAttribute("href")!),
    ...[...doc.querySelectorAll("head script[src]")].filter((s) => !s.hasAttribute("async") && !s.hasAttribute("defer") && s.getAttribute("type") !== "module").map((s) => s.getAttribute("src")!),
  ];
  const h = bytes(html);
  const parts = { css: add(...css), js: add(...js), fonts: add(...fonts), images: add(...images) };
  return {
    page: page || "/",
    html: h,
    svg: [...doc.querySelectorAll("svg")].length ? bytes([...doc.querySelectorAll("svg")].map((s) => s.outerHTML).join("")) : none,
    ...parts,
    total: add(h, parts.css, parts.js, parts.fonts, parts.images),
    requests: 1 + fetched.size,
    blocking,
  };
}
