// The story step's helpers: <Fig> buttons for the accepted figures, the slug a name gives, the story's fields.
import type { Card } from "./cards.ts";
import { api, byId, el, say, type Words } from "./dom.ts";

/** One button per accepted metric, which writes its <Fig> into the story being written. */
export function figureButtons(cards: readonly Card[]): void {
  const ids = [...new Set(cards.filter((c) => c.status === "accepted" && c.metric).map((c) => c.metric))];
  byId("fig-buttons").replaceChildren(...ids.map((id) => el("button", { type: "button", "data-fig": id }, `<Fig metric="${id}" />`)));
}

/** Inserts a figure's tag at the cursor of a story text box (the one last written in). */
export function insertFigure(id: string | undefined, boxId: string): void {
  if (!id) return;
  const box = byId<HTMLTextAreaElement>(boxId);
  box.setRangeText(`<Fig metric="${id}" />`, box.selectionStart, box.selectionEnd, "end");
  box.dispatchEvent(new Event("input", { bubbles: true }));
  box.focus();
}

/** Shows the slug a new province's name gives, as the project's slugify makes it (the server runs it). */
export async function previewSlug(words: Words): Promise<void> {
  const name = byId<HTMLInputElement>("name").value.trim();
  const { data } = name ? await api(`/api/slug?name=${encodeURIComponent(name)}`) : { data: { slug: "" } };
  byId("slug-out").textContent = data.slug ? `${say(words, "slugIs")} ${String(data.slug)}` : "";
}

/** Shows the story's event date: the article's, asked once in the article's step. */
export function showEventDate(words: Words, date: string | undefined): void {
  byId("t-date").textContent = date || say(words, "noDate");
}

/** Every story field of the page, empty where the editor wrote nothing (the server's checks then name it). */
export function storyFields(story: Record<string, string>): Record<string, string> {
  return Object.fromEntries([...document.querySelectorAll<HTMLElement>("[data-story]")].map((e) => [e.dataset.story!, story[e.dataset.story!] ?? ""]));
}

/** Builds the site through the desk and links the province's page, as built, in both editions. */
export async function build(words: Words, slug: string | undefined): Promise<void> {
  const out = byId("build-out");
  const button = byId<HTMLButtonElement>("build");
  // A build takes a minute: the line says so (aria-live) and the button waits, so it is not started twice.
  out.textContent = say(words, "building");
  button.disabled = true;
  // While it runs, a bar and the build's own last line (GET /api/build/progress, read each second) show it moves.
  const progress = byId("build-progress");
  progress.hidden = false;
  const line = byId("build-line");
  line.textContent = "";
  const poll = setInterval(() => {
    void api("/api/build/progress").then(({ data }) => {
      if (data.running) line.textContent = String(data.line ?? "");
    });
  }, 1000);
  let answer;
  try {
    answer = await api("/api/build", { slug });
  } finally {
    clearInterval(poll);
    progress.hidden = true;
    button.disabled = false;
  }
  const { status: code, data } = answer;
  if (code !== 200) return void out.replaceChildren(el("p", {}, say(words, "buildFailed")), el("pre", {}, String(data.message)));
  out.replaceChildren(el("p", {}, el("a", { href: String(data.vi), id: "built-link" }, say(words, "built")), " · ", el("a", { href: String(data.en), hreflang: "en" }, say(words, "builtEn"))));
}
