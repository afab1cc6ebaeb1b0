import { excerptParts } from "./excerptParts.ts";
import { searchWords } from "./searchWords.ts";

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/**
 * Turns the search page's form into live search: Pagefind's index is loaded from this site only when the
 * reader starts typing. Results are written as text (Pagefind's <mark> highlights become <mark> elements,
 * its character references are decoded, anything else stays text). Without JavaScript the page lists every page instead.
 */
export function enhanceSearch(doc: Document, base: string): void {
  const form = doc.querySelector<HTMLFormElement>("form.search");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const list = doc.querySelector<HTMLOListElement>("#ket-qua");
  const status = doc.querySelector<HTMLElement>("#trang-thai");
  if (!form || !input || !list || !status) return;
  doc.querySelector(".no-js-pages")?.setAttribute("hidden", "");
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
    const found = await (await pagefind).search(query);
    const results = await Promise.all(found.results.slice(0, 12).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    list.replaceChildren(...results.map((r) => item(doc, r)));
    const words = searchWords(doc);
    status.textContent = results.length ? words.found(found.results.length, query) : words.notFound(query);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener("input", () => void run());
  const initial = new URLSearchParams(doc.location.search).get("q");
  if (initial) {
    input.value = initial;
    void run();
  }
}

function item(doc: Document, result: PagefindResult): HTMLLIElement {
  const li = doc.createElement("li");
  const link = doc.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = doc.createElement("p");
  for (const part of excerptParts(result.excerpt)) {
    if (part.marked) {
      const mark = doc.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  li.append(link, excerpt);
  return li;
}
