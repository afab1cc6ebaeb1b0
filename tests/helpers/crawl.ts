import { parseHTML } from "linkedom";

/** What a crawl found: every internal URL it fetched, those that failed, and the external links it did not follow. */
export interface Crawl {
  visited: string[];
  broken: string[];
  external: string[];
}

/**
 * Crawls a site served on 127.0.0.1 from its start URL: follows every link, stylesheet, script, image and
 * download inside `scope`, checks each answers 200 and each #anchor exists on its page. External links are
 * listed, never fetched (there is no network, and a test must not touch it).
 */
export async function crawl(start: string, scope: string): Promise<Crawl> {
  const queue = [start];
  const seen = new Set<string>(queue);
  const pages = new Map<string, Document>();
  const anchors: [string, string, string][] = [];
  const broken: string[] = [];
  const external = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const response = await fetch(url);
    if (response.status !== 200) {
      broken.push(`${url} → ${response.status}`);
      continue;
    }
    if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    const doc = parseHTML(await response.text()).document;
    pages.set(url, doc);
    for (const el of doc.querySelectorAll("a[href], link[href], script[src], img[src]")) {
      const raw = el.getAttribute("href") ?? el.getAttribute("src")!;
      const target = new URL(raw, url);
      if (target.origin !== new URL(start).origin) {
        external.add(target.href);
        continue;
      }
      if (!target.pathname.startsWith(new URL(scope).pathname)) {
        broken.push(`${url}: ${raw} leaves ${new URL(scope).pathname}`);
        continue;
      }
      if (target.hash) anchors.push([url, target.href.replace(/#.*/, ""), target.hash.slice(1)]);
      const page = target.href.replace(/#.*/, "");
      if (!seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }
  for (const [from, page, id] of anchors) {
    if (pages.has(page) && !pages.get(page)!.getElementById(decodeURIComponent(id))) broken.push(`${from}: ${page}#${id} has no such anchor`);
  }
  return { visited: [...seen], broken, external: [...external].sort() };
}
