// The desk's page: pick a province, paste an article, decide each proposed figure, write the story, save
// through the desk's API (which runs the project's own code and validation), build and look. This module only
// binds the page's controls to the steps' modules; the decision in progress is kept by state.ts at every change.
import { byId } from "./dom.ts";
import { addFigure, proposeFigures, selected } from "./figures.ts";
import { loadState, open, pickProvince, resume } from "./province.ts";
import { reload, saveDraft } from "./saving.ts";
import { readBoxSelection, readSelection } from "./selection.ts";
import { desk, keep, storeKey } from "./state.ts";
import { bindStoryEditor, openStories } from "./storyEditor.ts";
import { build, insertFigure, previewSlug, showEventDate } from "./story.ts";

/** The story text box the editor last wrote in, where a figure is inserted. */
let lastBody = "t-body";

/**
 * Drops the draft's article (unsaved: discarded; saved: done) and opens the province again for its next
 * article, `<slug>-N`. Edits in the story editor are not the article's: they carry over.
 */
async function nextArticle(): Promise<void> {
  const { draft } = desk;
  const stories = draft?.stories;
  if (draft) localStorage.removeItem(storeKey(draft.slug));
  // A province saved as new is in the list now: open it from there, not by its name again.
  if (draft) pickProvince(draft.slug, draft.name);
  byId("draft-bar").hidden = true;
  await open();
  if (stories && desk.draft && desk.draft.slug === draft?.slug) {
    desk.draft.stories = stories;
    keep();
    await openStories();
  }
}

function bindForms(): void {
  const { words } = desk;
  byId("pick").addEventListener("submit", (e) => void open(e));
  byId("existing").addEventListener("change", () => (byId("new-name-row").hidden = byId<HTMLSelectElement>("existing").value !== ""));
  byId("source").addEventListener("submit", (e) => void proposeFigures(e));
  byId("source").addEventListener("input", (e) => {
    const target = e.target as HTMLInputElement;
    if (!desk.draft) return;
    if (target.dataset.source) desk.draft.source[target.dataset.source] = target.value;
    if (target.dataset.source === "event_date") showEventDate(words, target.value);
    if (target.id === "article-text") desk.draft.raw = target.value;
    keep();
  });
  for (const type of ["input", "change"]) {
    byId("story").addEventListener(type, (e) => {
      const target = e.target as HTMLInputElement;
      if (desk.draft && target.dataset.story) desk.draft.story[target.dataset.story] = target.value;
      keep();
    });
  }
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
  document.addEventListener("selectionchange", () => (desk.selection = readSelection(byId("article")) ?? desk.selection));
  byId("name").addEventListener("input", () => void previewSlug(words));
  byId("t-body").addEventListener("focus", () => (lastBody = "t-body"));
  byId("t-body_en").addEventListener("focus", () => (lastBody = "t-body_en"));
  byId("fig-buttons").addEventListener("click", (e) => insertFigure((e.target as HTMLElement).closest("button")?.dataset.fig, lastBody));
  byId("add-figure").addEventListener("click", () => void addFigure());
  byId("save").addEventListener("click", () => void saveDraft());
  byId("reload").addEventListener("click", () => void reload());
  byId("build").addEventListener("click", () => void build(words, desk.draft?.slug));
  byId("discard").addEventListener("click", () => void nextArticle());
}

bindForms();
bindStoryEditor();
void loadState().then(resume);
