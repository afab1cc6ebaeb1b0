// The figures step: the extractor's proposals as cards beside the highlighted article, the selection that
// becomes a quote, and a figure added by hand from selected words.
import { renderArticle, renderCard, type Card } from "./cards.ts";
import { blankMetric } from "./newMetric.ts";
import { api, byId, say, showProblem, told } from "./dom.ts";
import { readSelection, type Selected } from "./selection.ts";
import { figureButtons } from "./story.ts";
import { desk, keep, status } from "./state.ts";

/** A proposal of /api/propose; a proposed new metric may come with the extractor's `definition` of it. */
interface Candidate {
  metric: string;
  value: number | null;
  qualifier: string;
  quote: string;
  note: string;
  note_en: string;
  start: number;
  definition?: { group?: string; label_vi?: string; unit?: string; keywords_vi?: string };
}

/**
 * A new metric's fields from the extractor's definition of it, when it gives one (the draft's own cells win:
 * an editor's edit is never overwritten by a second proposal). Without one, the fields start empty.
 */
function prefill(c: Candidate): void {
  const { draft, metrics } = desk;
  if (!draft || !c.definition || !c.metric || c.metric === "unknown" || metrics.some((m) => m.id === c.metric) || draft.metrics[c.metric]) return;
  const { group = "", label_vi = "", unit = "count", keywords_vi = "" } = c.definition;
  draft.metrics[c.metric] = { ...blankMetric(c.metric), group, label_vi, unit, keywords_vi, proposed: "yes" };
}

/** Draws the cards and the highlighted article from the draft (hidden until figures were proposed). */
export function showFigures(): void {
  const { draft, words, metrics } = desk;
  if (!draft) return;
  const shown = draft.text !== "";
  byId("step-figures").hidden = !shown;
  byId("step-save").hidden = !shown;
  if (!shown) return;
  const cards = byId("cards");
  const events = {
    changed: () => {
      keep();
      renderArticle(byId("article"), draft.text, draft.cards, desk.active);
      figureButtons(draft.cards);
    },
    focused: (card: Card) => {
      if (desk.active === card.key) return;
      desk.active = card.key;
      renderArticle(byId("article"), draft.text, draft.cards, desk.active);
    },
    useSelection: (card: Card) => {
      if (!desk.selection) return;
      card.quote = desk.selection.text;
      card.start = desk.selection.start;
      events.changed();
    },
  };
  const newMetric = (id: string) => (draft.metrics[id] ??= blankMetric(id));
  cards.replaceChildren(...draft.cards.map((c, i) => renderCard(c, i + 1, words, { metrics, choices: desk.choices }, newMetric, draft.text, events)));
  renderArticle(byId("article"), draft.text, draft.cards, desk.active);
  byId<HTMLTextAreaElement>("article-keys").value = draft.text;
  figureButtons(draft.cards);
}

/** Asks the extractor for the article's figures; each becomes a card awaiting the editor's decision. */
export async function proposeFigures(event: Event): Promise<void> {
  event.preventDefault();
  const { draft, words } = desk;
  if (!draft) return;
  const text = byId<HTMLTextAreaElement>("article-text");
  showProblem(text, "");
  if (!text.value.trim()) return showProblem(text, say(words, "emptyArticle"));
  const { status: code, data } = await api("/api/propose", { text: text.value, source: draft.source.id });
  if (code !== 200) return showProblem(text, told(words, data));
  draft.text = String(data.text);
  const candidates = data.candidates as Candidate[];
  candidates.forEach(prefill);
  draft.cards = candidates.map((c, key) => ({
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
export function selected(found: Selected | undefined, announce = true): void {
  if (!found || !desk.draft) return;
  desk.selection = found;
  // Not at each Shift+arrow in the keyboard's box: its caret already tells a screen reader what is selected.
  if (announce) status(say(desk.words, "selectedWords", { text: found.text }));
}

/** Adds a figure by hand from the selected words, with what the extractor reads in them. */
export async function addFigure(): Promise<void> {
  const { draft, words } = desk;
  if (!draft) return;
  const found = readSelection(byId("article")) ?? desk.selection;
  // The figure is read where the selection stands in the article, so a drag that missed "trên" or cut "1.078" gets the whole.
  const { status: code, data } = found ? await api("/api/propose", { text: found.text, source: draft.source.id, article: draft.text, start: found.start }) : { status: 200, data: { candidates: [] } };
  if (code !== 200) return void status(told(words, data));
  const guess = (data.candidates as Partial<Candidate>[])[0] as Candidate | undefined;
  if (guess) prefill(guess);
  const key = Math.max(-1, ...draft.cards.map((c) => c.key)) + 1;
  draft.cards.push({
    key, status: "pending", metric: guess && guess.metric !== "unknown" ? guess.metric : "", value: guess?.value == null ? "" : String(guess.value),
    qualifier: guess?.qualifier ?? "exact", quote: guess?.quote ?? found?.text ?? "", note: "", note_en: "", start: guess?.start ?? found?.start ?? 0,
  });
  desk.active = key;
  keep();
  showFigures();
  byId(`c${key}-metric`).focus();
}
