// The province step: the lists from /api/state, opening (or starting) a province with its kept draft, and
// filling every step's fields from that draft.
import type { MetricInfo } from "./cards.ts";
import type { Choices } from "./newMetric.ts";
import { api, byId, el, say, showProblem, told } from "./dom.ts";
import { showFigures } from "./figures.ts";
import { desk, keep, keptDraft, lastKey, status, type Draft } from "./state.ts";
import { showEventDate } from "./story.ts";
import { openStories } from "./storyEditor.ts";

/** Reads the provinces and the dictionary from the desk and fills the page's lists with them. */
export async function loadState(): Promise<void> {
  const { words } = desk;
  const { status: code, data } = await api("/api/state");
  if (code !== 200) return void status(told(words, data));
  desk.metrics = data.metrics as MetricInfo[];
  desk.choices = data.choices as Choices;
  const pick = byId<HTMLSelectElement>("existing");
  for (const p of data.provinces as { slug: string; name: string }[]) if (!pick.querySelector(`option[value="${p.slug}"]`)) pick.append(el("option", { value: p.slug }, p.name));
  let list = document.getElementById("metric-list");
  if (!list) document.body.append((list = el("datalist", { id: "metric-list" })));
  list.replaceChildren(...desk.metrics.map((m) => el("option", { value: m.id, label: `${words.lang === "en" ? m.label_en : m.label_vi} — ${words.lang === "en" ? m.label_vi : m.label_en}` })));
  const kind = byId<HTMLSelectElement>("t-kind");
  if (!kind.options.length) kind.append(...Object.entries(words.kinds).map(([k, w]) => el("option", { value: k }, w)));
}

/**
 * Opens a province (or starts a new one) and restores its draft: an unsaved one to go on with, a saved one to
 * build and look at (its article is not started again as a new one; "Add another article" does that).
 */
export async function open(event?: Event): Promise<void> {
  event?.preventDefault();
  const { words } = desk;
  const slug = byId<HTMLSelectElement>("existing").value;
  const name = byId<HTMLInputElement>("name").value.trim();
  showProblem(byId("name"), "");
  if (!slug && !name) return showProblem(byId("name"), say(words, "needName"));
  const { status: code, data } = await api(slug ? `/api/open?slug=${encodeURIComponent(slug)}` : `/api/open?name=${encodeURIComponent(name)}`);
  if (code !== 200) return showProblem(byId("name"), told(words, data));
  byId("slug-out").textContent = `${say(words, "slugIs")} ${String(data.slug)}`;
  const restored = keptDraft(String(data.slug));
  if (restored) {
    desk.draft = restored;
    showDraftBar();
  } else {
    const bodies = (data.bodies ?? { body: "", body_en: "" }) as Record<string, string>;
    desk.draft = {
      slug: String(data.slug), name: String(data.name), isNew: Boolean(data.isNew), base: data.base as Draft["base"],
      source: { id: String(data.nextSource) }, raw: "", text: "", cards: [], metrics: {}, saved: false,
      story: { kind: "review", after_province: String(data.name), ...bodies },
    };
    byId("draft-bar").hidden = true;
  }
  keep();
  localStorage.setItem(lastKey, desk.draft.slug);
  byId<HTMLButtonElement>("save").disabled = desk.draft.saved;
  showDraft();
}

/** Says which draft is shown: an unsaved one (which the editor may discard) or the saved article. */
export function showDraftBar(): void {
  const { draft, words } = desk;
  if (!draft) return;
  byId("draft-bar").hidden = false;
  byId("draft-text").textContent = draft.saved ? say(words, "restoredSaved", { id: draft.source.id ?? "" }) : say(words, "restored");
  byId("discard").textContent = say(words, draft.saved ? "nextArticle" : "discard");
}

/** After a reload: opens the province open last, when its draft is still kept. */
export function resume(): Promise<void> | undefined {
  const slug = localStorage.getItem(lastKey);
  const kept = slug ? keptDraft(slug) : undefined;
  if (!slug || !kept) return;
  pickProvince(slug, kept.name);
  return open();
}

/** Puts a province in the picker: chosen from the list when it is there, else as the new province's name. */
export function pickProvince(slug: string, name: string): void {
  const pick = byId<HTMLSelectElement>("existing");
  pick.value = pick.querySelector(`option[value="${slug}"]`) ? slug : "";
  byId<HTMLInputElement>("name").value = pick.value ? "" : name;
  byId("new-name-row").hidden = pick.value !== "";
}

/** Fills every step's fields from the draft. */
export function showDraft(): void {
  const { draft } = desk;
  if (!draft) return;
  byId("step-article").hidden = false;
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-source]")) input.value = draft.source[input.dataset.source!] ?? "";
  byId<HTMLTextAreaElement>("article-text").value = draft.raw;
  byId("step-story").hidden = !draft.isNew;
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-story]")) input.value = draft.story[input.dataset.story!] ?? "";
  showEventDate(desk.words, draft.source.event_date);
  showFigures();
  byId("step-build").hidden = draft.isNew && !draft.saved;
  void openStories();
}
