// A new metric's fields on a card: the columns of data/metrics.csv, the closed ones as selects of the
// dictionary's own values with the site's labels (from /api/state), the award columns only for an award, and
// the keywords as rows of boxes written in the dictionary's syntax (keywordSyntax.ts).
import { el, field, say, showProblem, type Words } from "./dom.ts";
import { breaksSyntax, linesOf, readKeywords, writeKeywords, type KeywordRow } from "./keywordSyntax.ts";

/** One choice of a select, as /api/state gives it: the value and its label in each language. */
export interface Choice {
  value: string;
  vi: string;
  en: string;
}

/** The choices of a new metric's closed columns. */
export type Choices = Record<"group" | "award_level" | "recipient" | "comparable" | "unit", Choice[]>;

/** The columns of a new metric the editor defines, in data/metrics.csv's order. */
export const METRIC_FIELDS = ["id", "group", "label_vi", "label_en", "unit", "comparable", "award_level", "recipient", "definition_vi", "definition_en", "keywords_vi"] as const;
const METRIC_WORDS: Record<string, string> = { group: "group", label_vi: "labelVi", label_en: "labelEn", unit: "unit", comparable: "comparable", award_level: "awardLevel", recipient: "recipient", definition_vi: "definitionVi", definition_en: "definitionEn" };
const AWARD_FIELDS = new Set(["award_level", "recipient"]);

/** A new metric's cells before the editor fills them in. */
export function blankMetric(id: string): Record<string, string> {
  return { id, group: "", label_vi: "", label_en: "", unit: "count", comparable: "yes", award_level: "", recipient: "", definition_vi: "", definition_en: "", keywords_vi: "" };
}

/** A select of choices, each shown with its label in the page's language, after an empty first option when given. */
function select(choices: readonly Choice[], current: string, words: Words, empty?: string): HTMLSelectElement {
  const options = [...(empty !== undefined ? [el("option", { value: "" }, empty)] : []), ...choices.map((c) => el("option", { value: c.value }, words.lang === "en" ? c.en : c.vi))];
  const node = el("select", {}, ...options) as HTMLSelectElement;
  node.value = current;
  return node;
}

/**
 * Fills a card's fieldset with a new metric's fields, bound to `values` (the draft's cells for that id);
 * `changed` is called after every edit. A draft's `proposed` cell marks a definition the extractor proposed.
 */
export function renderNewMetric(box: HTMLElement, cardId: string, values: Record<string, string>, words: Words, choices: Choices, changed: () => void): void {
  const controls = METRIC_FIELDS.filter((f) => f !== "id" && f !== "keywords_vi").map((f) => {
    const control =
      f === "group" ? select(choices.group, values[f] ?? "", words, say(words, "chooseGroup"))
      : f === "award_level" || f === "recipient" ? select(choices[f], values[f] ?? "", words, "—")
      : f === "unit" || f === "comparable" ? select(choices[f], values[f] ?? "", words)
      : f.startsWith("definition") ? (el("textarea", { rows: "2" }) as HTMLTextAreaElement)
      : (el("input", {}) as HTMLInputElement);
    (control as HTMLInputElement).value = values[f] ?? "";
    if (f.endsWith("_en")) control.setAttribute("lang", "en");
    if (f === "label_vi" || f === "definition_vi") control.setAttribute("lang", "vi");
    control.dataset.metric = f;
    const row = field(`${cardId}-m-${f}`, say(words, METRIC_WORDS[f]!), control);
    if (AWARD_FIELDS.has(f)) row.dataset.award = "";
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", () => {
      values[f] = (control as HTMLInputElement).value;
      if (f === "group") showAwards();
      changed();
    });
    return row;
  });
  // Award level and recipient mean something only for an award; for another group they are emptied, as check wants.
  const showAwards = () => {
    const awards = values.group === "awards";
    for (const row of box.querySelectorAll<HTMLElement>("[data-award]")) {
      row.hidden = !awards;
      if (!awards) {
        const control = row.querySelector<HTMLSelectElement>("select")!;
        control.value = "";
        values[control.dataset.metric!] = "";
      }
    }
  };
  box.replaceChildren(
    el("legend", {}, say(words, "newMetric", { id: values.id ?? "" })),
    ...(values.proposed ? [el("p", { class: "hint" }, say(words, "fromExtractor"))] : []),
    ...controls,
    keywordRows(cardId, values, words, changed),
  );
  showAwards();
}

/**
 * The keywords as rows of three boxes (the words after the number; the words needed nearby and the words that
 * must not be nearby, one phrase a line), with add and remove.
 */
function keywordRows(cardId: string, values: Record<string, string>, words: Words, changed: () => void): HTMLElement {
  const empty = (): KeywordRow => ({ words: "", near: [], notNear: [] });
  const rows: KeywordRow[] = readKeywords(values.keywords_vi ?? "");
  if (!rows.length) rows.push(empty());
  const list = el("ol", { class: "keywords", id: `${cardId}-m-keywords` });
  const hintId = `${cardId}-m-keywords-hint`;
  const group = el("fieldset", { class: "keyword-rows", "aria-describedby": hintId }, el("legend", {}, say(words, "keywords")), el("p", { class: "hint", id: hintId }, say(words, "keywordsHint")), list);
  const write = () => {
    values.keywords_vi = writeKeywords(rows);
    changed();
  };
  const draw = () => {
    list.replaceChildren(
      ...rows.map((row, i) => {
        const box = (key: keyof KeywordRow, label: string) => {
          // The phrase is one line; the conditions one phrase a line, so several need no separator to learn.
          const many = key !== "words";
          const input = (many ? el("textarea", { lang: "vi", "data-keyword": key, rows: "2", spellcheck: "false" }) : el("input", { lang: "vi", "data-keyword": key, autocomplete: "off" })) as HTMLInputElement;
          const value = row[key];
          input.value = Array.isArray(value) ? value.join("\n") : value;
          input.addEventListener("input", () => {
            // A | or @ typed here would split the phrase in the cell: refused with what to do instead.
            showProblem(input, breaksSyntax(input.value) ? say(words, "keywordSyntax") : "");
            if (breaksSyntax(input.value)) return;
            if (key === "words") row.words = input.value;
            else row[key] = linesOf(input.value);
            write();
          });
          return field(`${cardId}-m-kw${i}-${key}`, label, input);
        };
        const remove = el("button", { type: "button", class: "remove" }, say(words, "removeKeyword", { n: i + 1 }));
        remove.addEventListener("click", () => {
          rows.splice(i, 1);
          write();
          draw();
        });
        return el("li", { class: "keyword" }, box("words", say(words, "keywordWords")), el("div", { class: "pair" }, box("near", say(words, "keywordNear")), box("notNear", say(words, "keywordNotNear"))), remove);
      }),
    );
  };
  const add = el("button", { type: "button" }, say(words, "addKeyword"));
  add.addEventListener("click", () => {
    rows.push(empty());
    draw();
    list.querySelector<HTMLInputElement>("li:last-child input")?.focus();
  });
  draw();
  group.append(el("p", {}, add));
  return group;
}
