// Problems of a refused save, each shown beside the field it concerns (the server names the field).
import type { Card } from "./cards.ts";
import { byId, el, showProblem } from "./dom.ts";

/** A problem as the desk's API reports it: where in which file, what to do, and the field when it has one. */
export interface ShownProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  field?: string;
  /** The desk's own problems name a word of its dictionaries; check's have none. */
  word?: string;
  values?: Record<string, string | number>;
}

/** Clears every problem shown beside a field. */
export function clearProblems(): void {
  for (const control of document.querySelectorAll<HTMLElement>("[aria-invalid]")) showProblem(control, "");
  byId("other-problems").replaceChildren();
}

/** The control a problem's field names, when the page has one. */
export function controlFor(fieldName: string, accepted: readonly Card[]): HTMLElement | null {
  const [kind, a, b] = fieldName.split(":");
  const story: Record<string, string> = { "coordinates.lat": "lat", "coordinates.lon": "lon", coordinates: "lat", "event.kind": "kind", "event.title": "title", "after_2025.province": "after_province", "after_2025.merged_with": "merged_with", sources: "region" };
  const en: Record<string, string> = { region: "region_en", "event.title": "title_en", summary: "summary_en", headline: "headline_en", body: "body_en", event: "title_en" };
  if (kind === "row") return document.getElementById(`c${accepted[Number(a)]?.key}-${b === "source" ? "quote" : b}`);
  if (kind === "source") return document.querySelector(`[data-source="${a}"]`);
  if (kind === "metric") return document.querySelector(`#cards .card:not(.rejected) [data-metric="${b}"]`) ?? document.querySelector(`[data-metric="${b}"]`);
  // The event's date is asked once, as the article's: a problem with the story's date is shown there.
  if (kind === "story" && a === "event.date") return document.querySelector('[data-source="event_date"]');
  if (kind === "story") return document.querySelector(`[data-story="${story[a!] ?? a}"]`);
  if (kind === "story_en") return document.querySelector(`[data-story="${en[a!] ?? a}"]`);
  if (kind === "article") return byId("article-text");
  if (kind === "province") return byId("name");
  return null;
}

/**
 * Shows each problem beside its field; those of no field are listed under a heading of their own. `told`
 * gives a problem's words: the desk's own in the page's language, check's (English, as `npm run check`
 * prints them) after the page's words for who says them.
 */
export function showProblems(problems: readonly ShownProblem[], accepted: readonly Card[], otherHeading: string, told: (p: ShownProblem) => string): void {
  const rest: HTMLElement[] = [];
  for (const p of problems) {
    const control = p.field ? controlFor(p.field, accepted) : null;
    const where = p.file ? `${p.file}:${p.line}:${p.column}` : "";
    if (control) showProblem(control, where ? `${told(p)} (${where})` : told(p));
    else rest.push(el("li", {}, `${where} ${told(p)}`.trim()));
  }
  if (rest.length) byId("other-problems").replaceChildren(el("h3", {}, otherHeading), el("ul", {}, ...rest));
  document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}
