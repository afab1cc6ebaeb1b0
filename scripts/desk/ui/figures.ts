// The figures step: the extractor's proposals as cards beside the highlighted article, the selection that
// becomes a quote, and a figure added by hand from selected words.
import { renderArticle, renderCard, type Card } from "./cards.ts";
import { api, byId, say, showProblem, told } from "./dom.ts";
import { readSelection, type Selected } from "./selection.ts";
import { figureButtons } from "./story.ts";
import { desk, keep, status } from "./state.ts";

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
  const newMetric = (id: string) => (draft.metrics[id] ??= { id, group: "", label_vi: "", label_en: "", unit: "count", comparable: "yes", award_level: "", recipient: "", definition_vi: "", definition_en: "", keywords_vi: "" });
  cards.replaceChildren(...draft.cards.map((c, i) => renderCard(c, i + 1, words, metrics, newMetric, draft.text, events)));
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
  const guess = (data.candidates as { metric: string; value: number | null; qualifier: string; quote?: string; start?: number }[])[0];
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
