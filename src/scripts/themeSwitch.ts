import { scriptWords } from "./scriptWords.ts";

const CHOICES = ["auto", "light", "dark"] as const;

/**
 * Adds a button to the header that cycles the theme: the system's, light, dark. The choice is remembered
 * (localStorage) and applied before paint by the inline THEME_INIT. Without JavaScript there is no button
 * and the site follows the system's setting.
 */
export function enhanceThemeSwitch(doc: Document): void {
  const header = doc.querySelector(".site-header");
  if (!header) return;
  const root = doc.documentElement;
  const current = () => (root.dataset.theme === "light" || root.dataset.theme === "dark" ? root.dataset.theme : "auto");
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "theme-switch";
  // A 44 px icon (drawn in CSS from data-choice) keeps the header one row on a 320 px phone; the words stay the
  // button's text for screen readers and its tooltip.
  const words = doc.createElement("span");
  words.className = "sr-only";
  button.append(words);
  const show = () => {
    words.textContent = button.title = scriptWords(doc).theme[current()];
    button.dataset.choice = current();
  };
  button.addEventListener("click", () => {
    const next = CHOICES[(CHOICES.indexOf(current()) + 1) % CHOICES.length]!;
    if (next === "auto") delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === "auto") localStorage.removeItem("theme");
      else localStorage.setItem("theme", next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
    show();
  });
  show();
  // Before the language link, so the link (at the row's end) does not move when the button arrives.
  (header.querySelector(".site-tools") ?? header).prepend(button);
}
