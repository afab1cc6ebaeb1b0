// The desk's page: pick a province, paste an article, decide each proposed figure, write the story, save
// through the desk's API (which runs the project's own code and validation), build and look. The decision in
// progress is kept in localStorage at every change, so a closed tab or a crash loses at most one keystroke.
import { renderArticle, renderCard, METRIC_FIELDS, type Card, type MetricInfo } from "./cards.ts";
import { api, byId, el, readWords, say, showProblem, told } from "./dom.ts";
import { clearProblems, showProblems, type ShownProblem } from "./problems.ts";
import { readBoxSelection, readSelection, type Selected } from "./selection.ts";
import { build, figureButtons, insertFigure, previewSlug, storyFields } from "./story.ts";

interface Draft {
  slug: string;
  name: string;
  isNew: boolean;
  base: Record<string, string | null>;
  source: Record<string, string>;
  raw: string;
  /** The article as the server normalised it, once figures were proposed. */
  text: string;
  cards: Card[];
  metrics: Record<string, Record<string, string>>;
  story: Record<string, string>;
  saved: boolean;
}

const words = readWords();
let metrics: MetricInfo[] = [];
let draft: Draft | undefined;
let active: number | undefined;
let selection: Selected | undefined;
/** The story text box the editor last wrote in, where a figure is inserted. */
let lastBody = "t-body";
const storeKey = (slug: string) => `desk:${slug}`;
/** The province open last, so a reload opens it again with its draft. */
const lastKey = "desk:open";
const status = (message: string) => (byId("status").textContent = message);

/** Keeps the decision in progress, so a closed tab or a crash loses at most the last change. */
function keep(): void {
  if (draft) localStorage.setItem(storeKey(draft.slug), JSON.stringify(draft));
}

async function loadState(): Promise<void> {
  const { status: code, data } = await api("/api/state");
  if (code !== 200) return void status(told(words, data));
  metrics = data.metrics as MetricInfo[];
  const pick = byId<HTMLSelectElement>("existing");
  for (const p of data.provinces as { slug: string; name: string }[]) if (!pick.querySelector(`option[value="${p.slug}"]`)) pick.append(el("option", { value: p.slug }, p.name));
  let list = document.getElementById("metric-list");
  if (!list) document.body.append((list = el("datalist", { id: "metric-list" })));
  list.replaceChildren(...metrics.map((m) => el("option", { value: m.id, label: `${words.lang === "en" ? m.label_en : m.label_vi} — ${words.lang === "en" ? m.label_vi : m.label_en}` })));
  const kind = byId<HTMLSelectElement>("t-kind");
  if (!kind.options.length) kind.append(...Object.entries(words.kinds).map(([k, w]) => el("option", { value: k }, w)));
}

/**
 * Opens a province (or starts a new one) and restores its draft: an unsaved one to go on with, a saved one to
 * build and look at (its article is not started again as a new one; "Add another article" does that).
 */
async function open(event?: Event): Promise<void> {
  event?.preventDefault();
  const slug = byId<HTMLSelectElement>("existing").value;
  const name = byId<HTMLInputElement>("name").value.trim();
  showProblem(byId("name"), "");
  if (!slug && !name) return showProblem(byId("name"), say(words, "needName"));
  const { status: code, data } = await api(slug ? `/api/open?slug=${encodeURIComponent(slug)}` : `/api/open?name=${encodeURIComponent(name)}`);
  if (code !== 200) return showProblem(byId("name"), told(words, data));
  byId("slug-out").textContent = `${say(words, "slugIs")} ${String(data.slug)}`;
  const stored = localStorage.getItem(storeKey(String(data.slug)));
  const restored = stored ? (JSON.parse(stored) as Draft) : undefined;
  if (restored) {
    draft = restored;
    showDraftBar();
  } else {
    const bodies = (data.bodies ?? { body: "", body_en: "" }) as Record<string, string>;
    draft = {
      slug: String(data.slug), name: String(data.name), isNew: Boolean(data.isNew), base: data.base as Draft["base"],
      source: { id: String(data.nextSource) }, raw: "", text: "", cards: [], metrics: {}, saved: false,
      story: { kind: "review", after_province: String(data.name), ...bodies },
    };
    byId("draft-bar").hidden = true;
  }
  keep();
  localStorage.setItem(lastKey, draft.slug);
  byId<HTMLButtonElement>("save").disabled = draft.saved;
  showDraft();
}

/** Says which draft is shown: an unsaved one (which the editor may discard) or the saved article. */
function showDraftBar(): void {
  if (!draft) return;
  byId("draft-bar").hidden = false;
  byId("draft-text").textContent = draft.saved ? say(words, "restoredSaved", { id: draft.source.id ?? "" }) : say(words, "restored");
  byId("discard").textContent = say(words, draft.saved ? "nextArticle" : "discard");
}

/** After a reload: opens the province open last, when its draft is still kept. */
function resume(): Promise<void> | undefined {
  const slug = localStorage.getItem(lastKey);
  if (!slug || !localStorage.getItem(storeKey(slug))) return;
  const kept = JSON.parse(localStorage.getItem(storeKey(slug))!) as Draft;
  pickProvince(slug, kept.name);
  return open();
}

/** Puts a province in the picker: chosen from the list when it is there, else as the new province's name. */
function pickProvince(slug: string, name: string): void {
  const pick = byId<HTMLSelectElement>("existing");
  pick.value = pick.querySelector(`option[value="${slug}"]`) ? slug : "";
  byId<HTMLInputElement>("name").value = pick.value ? "" : name;
  byId("new-name-row").hidden = pick.value !== "";
}

/** Fills every step's fields from the draft. */
function showDraft(): void {
  if (!draft) return;
  byId("step-article").hidden = false;
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-source]")) input.value = draft.source[input.dataset.source!] ?? "";
  byId<HTMLTextAreaElement>("article-text").value = draft.raw;
  byId("step-story").hidden = !draft.isNew;
  for (const input of document.querySelectorAll<HTMLInputElement>("[data-story]")) input.value = draft.story[input.dataset.story!] ?? "";
  showFigures();
}

function showFigures(): void {
  if (!draft) return;
  const shown = draft.text !== "";
  byId("step-figures").hidden = !shown;
  byId("step-save").hidden = !shown;
  if (!shown) return;
  const cards = byId("cards");
  const events = {
    changed: () => {
      keep();
      renderArticle(byId("article"), draft!.text, draft!.cards, active);
      figureButtons(draft!.cards);
    },
    focused: (card: Card) => {
      if (active === card.key) return;
      active = card.key;
      renderArticle(byId("article"), draft!.text, draft!.cards, active);
    },
    useSelection: (card: Card) => {
      if (!selection) return;
      card.quote = selection.text;
      card.start = selection.start;
      events.changed();
    },
  };
  const newMetric = (id: string) => (draft!.metrics[id] ??= { id, group: "", label_vi: "", label_en: "", unit: "count", comparable: "yes", award_level: "", recipient: "", definition_vi: "", definition_en: "", keywords_vi: "" });
  cards.replaceChildren(...draft.cards.map((c, i) => renderCard(c, i + 1, words, metrics, newMetric, draft!.text, events)));
  renderArticle(byId("article"), draft.text, draft.cards, active);
  byId<HTMLTextAreaElement>("article-keys").value = draft.text;
  figureButtons(draft!.cards);
}

/** Asks the extractor for the article's figures; each becomes a card awaiting the editor's decision. */
async function proposeFigures(event: Event): Promise<void> {
  event.preventDefault();
  if (!draft) return;
  const text = byId<HTMLTextAreaElement>("article-text");
  showProblem(text, "");
  if (!text.value.trim()) return showProblem(text, say(words, "emptyArticle"));
  const { status: code, data } = await api("/api/propose", { text: text.value, source: draft.source.id });
  if (code !== 200) return showProblem(text, told(words, data));
  draft.text = String(data.text);
  draft.cards = (data.candidates as { metric: string; value: number | null; qualifier: string; quote: string; note: string; note_en: string; start: number }[]).map((c, key) => ({
    key, status: "pending", metric: c.metric === "unknown" ? "" : c.metric, value: c.value === null ? "" : String(c.value),
    qualifier: c.qualifier, quote: c.quote, note: c.note, note_en: c.note_en, start: c.start,
  }));
  keep();
  showFigures();
  status(draft.cards.length ? say(words, "proposed", { n: draft.cards.length }) : say(words, "noFigures"));
}

/**
 * Selecting words only remembers them and says so: they become a quote when the editor presses a card's "Use
 * the selected words" or "Add a figure", never by themselves, so a selection meant for a new figure cannot
 * silently replace the quote of the card worked on before.
 */
function selected(found: Selected | undefined, announce = true): void {
  if (!found || !draft) return;
  selection = found;
  // Not at each Shift+arrow in the keyboard's box: its caret already tells a screen reader what is selected.
  if (announce) status(say(words, "selectedWords", { text: found.text }));
}

/** Adds a figure by hand from the selected words, with what the extractor reads in them. */
async function addFigure(): Promise<void> {
  if (!draft) return;
  const found = readSelection(byId("article")) ?? selection;
  // The figure is read where the selection stands in the article, so a drag that missed "trên" or cut "1.078" gets the whole.
  const { status: code, data } = found ? await api("/api/propose", { text: found.text, source: draft.source.id, article: draft.text, start: found.start }) : { status: 200, data: { candidates: [] } };
  if (code !== 200) return void status(told(words, data));
  const guess = (data.candidates as { metric: string; value: number | null; qualifier: string; quote?: string; start?: number }[])[0];
  const key = Math.max(-1, ...draft.cards.map((c) => c.key)) + 1;
  draft.cards.push({
    key, status: "pending", metric: guess && guess.metric !== "unknown" ? guess.metric : "", value: guess?.value == null ? "" : String(guess.value),
    qualifier: guess?.qualifier ?? "exact", quote: guess?.quote ?? found?.text ?? "", note: "", note_en: "", start: guess?.start ?? found?.start ?? 0,
  });
  active = key;
  keep();
  showFigures();
  byId(`c${key}-metric`).focus();
}

async function saveDraft(): Promise<void> {
  if (!draft) return;
  clearProblems();
  const out = byId("save-out");
  const pending = draft.cards.filter((c) => c.status === "pending").length;
  if (pending) return void (out.textContent = say(words, "undecided", { n: pending }));
  const accepted = draft.cards.filter((c) => c.status === "accepted");
  const used = new Set(accepted.map((c) => c.metric));
  const newMetrics = Object.values(draft.metrics).filter((m) => used.has(m.id ?? "") && !metrics.some((k) => k.id === m.id));
  const decision = {
    slug: draft.slug, ...(draft.isNew ? { name: draft.name, story: storyFields(draft.story) } : {}), base: draft.base,
    source: { outlet: "", title: "", published: "", event_date: "", author: "", url: "", note: "", note_en: "", ...draft.source },
    article: draft.text, rows: accepted.map(({ metric, value, qualifier, quote, note, note_en }) => ({ metric, value, qualifier, quote, note, note_en })),
    metrics: newMetrics.map((m) => ({ compare: "", ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, m[f] ?? ""])) })),
  };
  // While the check and the writing run (seconds on a busy machine): a status line says so and Save waits.
  const button = byId<HTMLButtonElement>("save");
  const progress = byId("save-progress");
  out.textContent = "";
  button.disabled = true;
  progress.textContent = say(words, "saving");
  let answer;
  try {
    answer = await api("/api/save", decision);
  } finally {
    progress.textContent = "";
    button.disabled = false;
  }
  const { status: code, data } = answer;
  byId("reload").hidden = code !== 409;
  if (code === 200) {
    draft.saved = true;
    draft.base = data.base as Draft["base"];
    keep();
    out.textContent = `${say(words, "saved", { files: (data.written as string[]).join(", ") })} ${say(words, "savedOnce")}`;
    byId<HTMLButtonElement>("save").disabled = true;
    // A new province joins the list, and new metrics the dictionary, for the next article.
    await loadState();
    pickProvince(draft.slug, draft.name);
    return showDraftBar();
  }
  if (code === 409) return void (out.textContent = say(words, "conflict", { files: (data.conflicts as string[]).join(", ") }));
  const problems = (data.problems ?? []) as ShownProblem[];
  if (!problems.length) return void (out.textContent = told(words, data));
  out.textContent = say(words, "notSaved", { n: problems.length });
  showProblems(problems, accepted, say(words, "otherFiles"), (p) => (p.word && p.word in words ? say(words, p.word, p.values) : `${say(words, "checkSays")} ${p.message}`));
}

/** After a conflict: reads the files' new hashes (and ids, metrics) from disk; the editor's decisions stay. */
async function reload(): Promise<void> {
  if (!draft) return;
  await loadState();
  const { data } = await api(`/api/open?slug=${encodeURIComponent(draft.slug)}`);
  draft.base = data.base as Draft["base"];
  if (!data.isNew && draft.isNew) draft.isNew = false;
  if (data.nextSource !== draft.source.id && String(data.nextSource) > "") draft.source.id = String(data.nextSource);
  keep();
  showDraft();
  byId("reload").hidden = true;
  byId("save-out").textContent = "";
}

function bindForms(): void {
  byId("pick").addEventListener("submit", (e) => void open(e));
  byId("existing").addEventListener("change", () => (byId("new-name-row").hidden = byId<HTMLSelectElement>("existing").value !== ""));
  byId("source").addEventListener("submit", (e) => void proposeFigures(e));
  byId("source").addEventListener("input", (e) => {
    const target = e.target as HTMLInputElement;
    if (!draft) return;
    if (target.dataset.source) draft.source[target.dataset.source] = target.value;
    if (target.id === "article-text") draft.raw = target.value;
    keep();
  });
  byId("story").addEventListener("input", (e) => {
    const target = e.target as HTMLInputElement;
    if (draft && target.dataset.story) draft.story[target.dataset.story] = target.value;
    keep();
  });
  byId("story").addEventListener("change", (e) => {
    const target = e.target as HTMLSelectElement;
    if (draft && target.dataset.story) draft.story[target.dataset.story] = target.value;
    keep();
  });
  const text = byId<HTMLTextAreaElement>("article-text");
  text.addEventListener("dragover", (e) => e.preventDefault());
  text.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void file.text().then((t) => {
      text.value = t;
      text.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });
  // A click on a highlight (not the end of a drag, which leaves words selected) goes to its figure's card.
  byId("article").addEventListener("click", (e) => {
    const key = (e.target as HTMLElement).closest("mark")?.dataset.key;
    if (key === undefined || !document.getSelection()?.isCollapsed) return;
    const card = document.getElementById(`card-${key}`);
    card?.scrollIntoView({ block: "nearest" });
    card?.focus();
  });
  // On the document: a drag that starts in the article may end outside it, beside the cards.
  document.addEventListener("mouseup", () => selected(readSelection(byId("article"))));
  const box = byId<HTMLTextAreaElement>("article-keys");
  // Read-only by refusing every edit, not by the readonly attribute, which takes the keyboard's caret away.
  box.addEventListener("beforeinput", (e) => e.preventDefault());
  // Chromium fires "select" for the mouse but not always for Shift and the arrows: read it after each key too.
  for (const type of ["select", "keyup", "mouseup"]) box.addEventListener(type, () => selected(readBoxSelection(box), type !== "keyup"));
  document.addEventListener("selectionchange", () => (selection = readSelection(byId("article")) ?? selection));
  byId("name").addEventListener("input", () => void previewSlug(words));
  byId("t-body").addEventListener("focus", () => (lastBody = "t-body"));
  byId("t-body_en").addEventListener("focus", () => (lastBody = "t-body_en"));
  byId("fig-buttons").addEventListener("click", (e) => insertFigure((e.target as HTMLElement).closest("button")?.dataset.fig, lastBody));
  byId("add-figure").addEventListener("click", () => void addFigure());
  byId("save").addEventListener("click", () => void saveDraft());
  byId("reload").addEventListener("click", () => void reload());
  byId("build").addEventListener("click", () => void build(words, draft?.slug));
  byId("discard").addEventListener("click", () => {
    if (draft) localStorage.removeItem(storeKey(draft.slug));
    // A province saved as new is in the list now: open it from there, not by its name again.
    if (draft) pickProvince(draft.slug, draft.name);
    byId("draft-bar").hidden = true;
    byId("pick").dispatchEvent(new Event("submit", { cancelable: true }));
  });
}

bindForms();
void loadState().then(resume);
