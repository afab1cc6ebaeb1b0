// The story editor: both stories of a province (the Vietnamese MDX file and its English edition) as their files'
// text, with buttons that insert <Fig> for every metric of the province's rows and the claim components with
// their required attributes, a Check that runs the project's check on the would-be files and lists each problem
// at its line and column (a click puts the cursor there), and a save through the desk's conflict-safe writes.
import { api, byId, el, say, told, type Words } from "./dom.ts";
import { offsetAt, rebaseSources } from "./storyText.ts";
import { desk, keep } from "./state.ts";

/** The two stories in the draft: the editor's text, and the text and hashes they were opened at. */
export interface StoryDrafts {
  vi: string;
  en: string;
  loadedVi: string;
  loadedEn: string;
  base: Record<string, string | null>;
  paths: { vi: string; en: string };
}

/** A problem as check reports it. */
interface CheckProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The editor the cursor was last in, where a button inserts. */
let lastEditor: "w-vi" | "w-en" = "w-vi";

/** The claim components, each with its required attributes; `metric` and `compare` come from the selects beside them. */
const CLAIMS: Record<string, (metric: string, compare: string) => string> = {
  reporters: (m) => `<Reporters metric="${m}" />`,
  reporterCount: (m) => `<ReporterCount metric="${m}" />`,
  provinceCount: () => "<ProvinceCount />",
  chart: (_, c) => `<Chart compare="${c}" />`,
};

/**
 * Opens the stories of the draft's province (when it has them on disk): the editor's own text when the draft
 * keeps one, else the files'. After an article was saved (`afterSave`), a kept text takes the file's new
 * `sources` line, the one change that save makes, so the editor's edits stay and the next save is not refused.
 */
export async function openStories(afterSave = false): Promise<void> {
  const { draft, words } = desk;
  const section = byId("step-write");
  if (!draft || (draft.isNew && !draft.saved)) return void (section.hidden = true);
  const { status: code, data } = await api(`/api/story?slug=${encodeURIComponent(draft.slug)}`);
  if (code !== 200) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  byId("step-build").hidden = false;
  const fresh = { vi: String(data.vi), en: String(data.en) };
  const base = data.base as StoryDrafts["base"];
  const kept = draft.stories;
  let stories: StoryDrafts;
  if (!kept) stories = { ...fresh, loadedVi: fresh.vi, loadedEn: fresh.en, base, paths: data.paths as StoryDrafts["paths"] };
  else if (afterSave) {
    const edited = (mine: string, loaded: string, disk: string) => (mine === loaded ? disk : rebaseSources(mine, disk));
    stories = { ...kept, vi: edited(kept.vi, kept.loadedVi, fresh.vi), en: edited(kept.en, kept.loadedEn, fresh.en), loadedVi: fresh.vi, loadedEn: fresh.en, base };
  } else stories = kept;
  draft.stories = stories;
  keep();
  byId("w-vi-label").textContent = say(words, "writeVi", { file: stories.paths.vi });
  byId("w-en-label").textContent = say(words, "writeEn", { file: stories.paths.en });
  byId<HTMLTextAreaElement>("w-vi").value = stories.vi;
  byId<HTMLTextAreaElement>("w-en").value = stories.en;
  const metrics = data.metrics as string[];
  const label = (id: string) => {
    const m = desk.metrics.find((x) => x.id === id);
    return m ? (words.lang === "en" ? m.label_en : m.label_vi) : id;
  };
  // Each button says what the figure is, in the page's language, over the tag it writes.
  byId("w-figs").replaceChildren(...metrics.map((id) => el("button", { type: "button", class: "fig", "data-insert": `<Fig metric="${id}" />` }, el("span", {}, label(id)), el("code", {}, `<Fig metric="${id}" />`))));
  const metricSelect = byId<HTMLSelectElement>("w-claim-metric");
  metricSelect.replaceChildren(...desk.metrics.map((m) => el("option", { value: m.id }, `${label(m.id)} (${m.id})`)));
  if (metrics[0]) metricSelect.value = metrics[0];
  // Each chart by its title in the page's language, with the id the tag takes.
  const charts = data.comparisons as { id: string; vi: string; en: string }[];
  byId<HTMLSelectElement>("w-compare").replaceChildren(...charts.map((c) => el("option", { value: c.id }, `${words.lang === "en" ? c.en : c.vi} (${c.id})`)));
  byId("w-out").textContent = "";
  byId("w-problems").replaceChildren();
}

/** Inserts text at the cursor of the editor last written in (around its selection, for <Vi>…</Vi>). */
function insert(text: string): void {
  const box = byId<HTMLTextAreaElement>(lastEditor);
  const chosen = box.value.slice(box.selectionStart, box.selectionEnd);
  box.setRangeText(text === "<Vi>" ? `<Vi>${chosen}</Vi>` : text, box.selectionStart, box.selectionEnd, "end");
  box.dispatchEvent(new Event("input", { bubbles: true }));
  box.focus();
}

/** Puts the cursor of an edition's editor at a line and column, and shows it. */
function goTo(editor: "w-vi" | "w-en", line: number, column: number): void {
  const box = byId<HTMLTextAreaElement>(editor);
  const at = offsetAt(box.value, line, column);
  box.focus();
  box.setSelectionRange(at, at);
  // Chromium scrolls a text box to its caret only on focus: blur and focus again, with the caret set.
  box.blur();
  box.focus();
}

/** Lists check's problems beside the text: each story problem a button that moves the cursor to it. */
function showCheck(words: Words, problems: readonly CheckProblem[]): void {
  const stories = desk.draft?.stories;
  const editorOf = (file: string) => (file === stories?.paths.vi ? "w-vi" : file === stories?.paths.en ? "w-en" : undefined);
  byId("w-problems").replaceChildren(
    ...problems.map((p) => {
      const editor = editorOf(p.file);
      const text = `${p.file}:${p.line}:${p.column} ${p.message}`;
      if (!editor) return el("li", {}, text);
      const button = el("button", { type: "button", class: "goto", lang: "en" }, el("span", { class: "where", lang: String(words.lang) }, `${say(words, editor === "w-vi" ? "editionVi" : "editionEn")} ${p.line}:${p.column}`), " ", p.message);
      button.addEventListener("click", () => goTo(editor, p.line, p.column));
      return el("li", {}, button);
    }),
  );
}

/** The request of a check or a save: the province and both texts (and, to save, their hashes as opened). */
function request(): Record<string, unknown> | undefined {
  const { draft } = desk;
  const stories = draft?.stories;
  if (!draft || !stories) return undefined;
  return { slug: draft.slug, vi: stories.vi, en: stories.en, base: stories.base };
}

/** Runs check on the stories as written (nothing is written) and lists what it finds. */
async function check(): Promise<void> {
  const { words } = desk;
  const body = request();
  if (!body) return;
  const out = byId("w-out");
  out.textContent = say(words, "checking");
  const { status: code, data } = await api("/api/story/check", body);
  if (code !== 200) return void (out.textContent = told(words, data));
  const problems = data.problems as CheckProblem[];
  out.textContent = problems.length ? say(words, "checkFound", { n: problems.length }) : say(words, "checkOk");
  showCheck(words, problems);
}

/** Saves both stories; a file changed on disk since it was opened is never overwritten (the answer says which). */
async function save(): Promise<void> {
  const { words, draft } = desk;
  const body = request();
  const stories = draft?.stories;
  if (!body || !stories) return;
  const out = byId("w-out");
  const button = byId<HTMLButtonElement>("w-save");
  button.disabled = true;
  out.textContent = say(words, "savingStories");
  let answer;
  try {
    answer = await api("/api/story/save", body);
  } finally {
    button.disabled = false;
  }
  const { status: code, data } = answer;
  byId("w-reopen").hidden = code !== 409;
  if (code === 200) {
    Object.assign(stories, { base: data.base, loadedVi: stories.vi, loadedEn: stories.en });
    keep();
    byId("w-problems").replaceChildren();
    return void (out.textContent = say(words, "storiesSaved", { files: (data.written as string[]).join(", ") }));
  }
  if (code === 409) return void (out.textContent = say(words, "storiesConflict", { files: (data.conflicts as string[]).join(", ") }));
  if (code === 422) {
    const problems = data.problems as CheckProblem[];
    out.textContent = say(words, "storiesNotSaved", { n: problems.length });
    return showCheck(words, problems);
  }
  out.textContent = told(words, data);
}

/** After a conflict: the files as they are now on disk replace the editor's text (which the message said first). */
async function reopen(): Promise<void> {
  if (desk.draft) delete desk.draft.stories;
  await openStories();
  byId("w-reopen").hidden = true;
}

/** Binds the story editor's controls. */
export function bindStoryEditor(): void {
  for (const editor of ["w-vi", "w-en"] as const) {
    const box = byId<HTMLTextAreaElement>(editor);
    box.addEventListener("focus", () => (lastEditor = editor));
    box.addEventListener("input", () => {
      const stories = desk.draft?.stories;
      if (!stories) return;
      stories[editor === "w-vi" ? "vi" : "en"] = box.value;
      keep();
    });
  }
  byId("w-tools").addEventListener("click", (e) => {
    const button = (e.target as HTMLElement).closest("button");
    if (!button) return;
    const claim = button.dataset.claim;
    const text = claim ? CLAIMS[claim]!(byId<HTMLSelectElement>("w-claim-metric").value, byId<HTMLSelectElement>("w-compare").value) : button.dataset.insert;
    if (text) insert(text);
  });
  byId("w-check").addEventListener("click", () => void check());
  byId("w-save").addEventListener("click", () => void save());
  byId("w-reopen").addEventListener("click", () => void reopen());
}
