// The figures under review: the article with each figure's quote highlighted in place, and one card per figure.
import { el, field, say, showProblem, type Words } from "./dom.ts";
import { renderNewMetric, type Choices } from "./newMetric.ts";

/** A figure under review: the results row's cells, where its quote stands, and the editor's decision. */
export interface Card {
  key: number;
  status: "pending" | "accepted" | "rejected";
  metric: string;
  value: string;
  qualifier: string;
  quote: string;
  note: string;
  note_en: string;
  /** Offset of the quote in the article, where the extractor or the selection found it. */
  start: number;
}

/** A metric of the dictionary, as /api/state lists it. */
export interface MetricInfo {
  id: string;
  label_vi: string;
  label_en: string;
  group: string;
  unit: string;
}

/** Where a card's quote stands in the article: its own offset when still true, else its first occurrence (-1 if absent). */
export function quoteAt(text: string, card: Card): number {
  if (!card.quote) return -1;
  return text.slice(card.start, card.start + card.quote.length) === card.quote ? card.start : text.indexOf(card.quote);
}

/**
 * Renders the article with each card's quote marked (overlapping quotes mark the first). The marks are not
 * links: Chromium starts no selection on a link, so a drag that began on a highlight selected nothing; a click
 * on a mark goes to its card instead (see desk.ts), and the cards are in the keyboard's order anyway.
 */
export function renderArticle(root: HTMLElement, text: string, cards: readonly Card[], active: number | undefined): void {
  const spans = cards.map((c) => ({ card: c, start: quoteAt(text, c) })).filter((s) => s.start >= 0).sort((a, b) => a.start - b.start);
  const parts: Node[] = [];
  let at = 0;
  for (const { card, start } of spans) {
    if (start < at) continue;
    parts.push(document.createTextNode(text.slice(at, start)));
    parts.push(el("mark", { class: `${card.status}${card.key === active ? " active" : ""}`, "data-key": String(card.key) }, text.slice(start, start + card.quote.length)));
    at = start + card.quote.length;
  }
  parts.push(document.createTextNode(text.slice(at)));
  root.replaceChildren(...parts);
}

/** What a card's controls report back to the page. */
export interface CardEvents {
  changed(card: Card): void;
  focused(card: Card): void;
  useSelection(card: Card): void;
}

/** A text input holding a value. */
function input(value: string, attrs: Record<string, string> = {}): HTMLInputElement {
  const node = el("input", attrs) as HTMLInputElement;
  node.value = value;
  return node;
}

/** A select of values, each shown with its word. */
function select(values: readonly string[], current: string, word: (v: string) => string): HTMLSelectElement {
  const node = el("select", {}, ...values.map((v) => el("option", { value: v }, word(v)))) as HTMLSelectElement;
  node.value = current;
  return node;
}

/**
 * One card: the figure's fields (metric chosen from the dictionary by label or id, value, qualifier, quote,
 * notes), the definition of a new metric when the id is not in the dictionary, and accept / reject buttons.
 */
export function renderCard(card: Card, n: number, words: Words, dictionary: { metrics: readonly MetricInfo[]; choices: Choices }, newMetric: (id: string) => Record<string, string>, text: string, on: CardEvents): HTMLElement {
  const { metrics, choices } = dictionary;
  const id = `c${card.key}`;
  const state = el("span", { class: "state" }, words.status[card.status]!);
  const heading = el("h3", { id: `${id}-h` }, `${say(words, "figureN", { n })} — `, state);
  const metric = input(card.metric, { list: "metric-list", autocomplete: "off", spellcheck: "false" });
  const value = input(card.value, { inputmode: "decimal" });
  // Every qualifier check knows: the words name each one (their type is src/lib/text/qualifiers.ts's list).
  const qualifier = select(Object.keys(words.qualifiers), card.qualifier, (q) => `${words.qualifiers[q]} (${q})`);
  const quote = input(card.quote, { lang: "vi" });
  const note = input(card.note);
  const noteEn = input(card.note_en, { lang: "en" });
  const define = el("fieldset", { class: "new-metric" });
  const accept = el("button", { type: "button", "aria-pressed": String(card.status === "accepted") }, say(words, "accept"));
  const reject = el("button", { type: "button", "aria-pressed": String(card.status === "rejected") }, say(words, "reject"));
  const use = el("button", { type: "button" }, say(words, "useSelection"));
  const item = el(
    "li",
    { class: `card ${card.status}`, id: `card-${card.key}`, tabindex: "-1", "aria-labelledby": `${id}-h` },
    heading,
    field(`${id}-metric`, say(words, "metric"), metric, say(words, "metricHint")),
    define,
    el("div", { class: "pair" }, field(`${id}-value`, say(words, "value"), value, n === 1 ? say(words, "valueHint") : undefined), field(`${id}-qualifier`, say(words, "qualifier"), qualifier)),
    field(`${id}-quote`, say(words, "quote"), quote, n === 1 ? say(words, "quoteHint") : undefined),
    el("p", {}, use),
    el("div", { class: "pair" }, field(`${id}-note`, say(words, "note"), note), field(`${id}-note_en`, say(words, "noteEn"), noteEn)),
    el("div", { class: "actions", role: "group", "aria-labelledby": `${id}-h` }, accept, reject),
  );
  const known = (v: string) => metrics.some((m) => m.id === v);
  // The chosen metric's labels, so the editor reads what the id means.
  const meaning = el("span", { class: "meaning", id: `${id}-meaning`, "aria-live": "polite" });
  const explain = () => {
    const m = metrics.find((x) => x.id === card.metric);
    meaning.textContent = m ? `${words.lang === "en" ? m.label_en : m.label_vi} (${words.lang === "en" ? m.label_vi : m.label_en})` : "";
  };
  metric.after(meaning);
  /** A label typed in either language becomes its id. */
  const resolve = (v: string) => metrics.find((m) => m.label_vi === v || m.label_en === v || `${m.label_vi} — ${m.label_en}` === v)?.id ?? v.trim();
  const drawDefinition = () => {
    const show = card.metric !== "" && !known(card.metric);
    define.hidden = !show;
    if (show) renderNewMetric(define, id, newMetric(card.metric), words, choices, () => on.changed(card));
    else define.replaceChildren();
  };
  const checkQuote = () => showProblem(quote, card.quote && !text.includes(card.quote) ? say(words, "quoteMissing") : "");
  const bind = (control: HTMLInputElement | HTMLSelectElement, key: "metric" | "value" | "qualifier" | "quote" | "note" | "note_en") =>
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", () => {
      card[key] = control.value;
      if (key === "quote") checkQuote();
      on.changed(card);
    });
  bind(value, "value");
  bind(qualifier, "qualifier");
  bind(quote, "quote");
  bind(note, "note");
  bind(noteEn, "note_en");
  metric.addEventListener("change", () => {
    card.metric = resolve(metric.value);
    metric.value = card.metric;
    explain();
    drawDefinition();
    on.changed(card);
  });
  const decide = (status: Card["status"]) => {
    card.status = card.status === status ? "pending" : status;
    item.className = `card ${card.status}`;
    state.textContent = words.status[card.status]!;
    accept.setAttribute("aria-pressed", String(card.status === "accepted"));
    reject.setAttribute("aria-pressed", String(card.status === "rejected"));
    on.changed(card);
  };
  accept.addEventListener("click", () => decide("accepted"));
  reject.addEventListener("click", () => decide("rejected"));
  use.addEventListener("click", () => {
    on.useSelection(card);
    quote.value = card.quote;
    checkQuote();
  });
  item.addEventListener("focusin", () => on.focused(card));
  explain();
  drawDefinition();
  checkQuote();
  return item;
}
