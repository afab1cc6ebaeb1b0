// Small DOM helpers for the desk's page (served to the editor's browser only, never to readers).

/** The desk's words for the page's language, as the server embedded them. */
export type Words = Record<string, unknown> & { qualifiers: Record<string, string>; status: Record<string, string>; kinds: Record<string, string> };

/** Reads the words the server embedded in the page. */
export function readWords(): Words {
  return JSON.parse(document.getElementById("words")!.textContent!) as Words;
}

/** A word with its {placeholders} filled in. */
export function say(words: Words, key: string, values: Record<string, string | number> = {}): string {
  return String(words[key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** What the desk's API answered, in the page's words when it names them (`word`, `values`), else its message. */
export function told(words: Words, data: Record<string, unknown>): string {
  if (typeof data.word === "string" && data.word in words) return say(words, data.word, (data.values ?? {}) as Record<string, string>);
  return `${say(words, "failed")} ${String(data.message)}`;
}

/** The element with an id, typed. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Creates an element with attributes and children (text is set as text, never as markup). */
export function el(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined) continue;
    node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
}

/** A labelled field (input, select or textarea) with its hint and an empty slot for its problem. */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  const described = [hint ? `${id}-hint` : "", `${id}-err`].filter(Boolean).join(" ");
  control.setAttribute("aria-describedby", described);
  return el("p", { class: "field" }, el("label", { for: id }, label), control, ...(hint ? [el("span", { class: "hint", id: `${id}-hint` }, hint)] : []), el("span", { class: "problem", id: `${id}-err` }));
}

/** Shows a problem beside a control (or clears it with an empty message). */
export function showProblem(control: HTMLElement, message: string): void {
  const slot = document.getElementById(`${control.id}-err`) ?? insertSlot(control);
  slot.textContent = message;
  if (message) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
}

/** Adds a problem slot after a control of the static page, and points the control at it. */
function insertSlot(control: HTMLElement): HTMLElement {
  const slot = el("span", { class: "problem", id: `${control.id}-err` });
  control.after(slot);
  control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${slot.id}`.trim());
  return slot;
}

/** Sends JSON to the desk's API and returns its status and answer. */
export async function api(path: string, body?: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
  const response = await fetch(path, body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, data: (await response.json()) as Record<string, unknown> };
}
