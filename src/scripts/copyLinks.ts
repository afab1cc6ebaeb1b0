import { scriptWords } from "./scriptWords.ts";

/**
 * Puts a "copy link" button after every story section heading, and in every chart's "data and sharing"
 * disclosure (its [data-copy-link] slot), so a reader can cite a precise place. The anchors work without
 * JavaScript; the buttons only add copying.
 */
export function enhanceCopyLinks(doc: Document): void {
  const words = scriptWords(doc);
  const status = doc.createElement("p");
  status.className = "sr-only";
  status.setAttribute("role", "status");
  doc.body.append(status);
  for (const heading of doc.querySelectorAll<HTMLElement>(".prose h2[id], figure.chart[id] .chart-title")) {
    const figure = heading.closest("figure");
    const id = figure?.id ?? heading.id;
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = words.copyLink;
    button.setAttribute("aria-label", words.copyLinkTo(heading.textContent?.trim() ?? ""));
    button.addEventListener("click", async () => {
      const url = new URL(`#${id}`, doc.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = words.copied;
      } catch {
        status.textContent = words.link(url);
      }
    });
    const slot = figure?.querySelector("[data-copy-link]");
    if (slot) slot.append(button);
    else heading.after(button);
  }
}
