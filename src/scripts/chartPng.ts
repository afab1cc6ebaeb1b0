import { SAVE_PNG } from "./pngEvent.ts";
// The drawer as a file of its own, fetched only when a reader asks for a PNG (most never do). It is built the
// way Vite builds a worker (`?worker&url`) because a plain import() would make every page carry Vite's 1 KB
// preload helper; it runs in the page, not in a worker, since it needs the DOM and a canvas.
import drawerUrl from "./savePng.ts?worker&url";

/**
 * Shows each chart's "Image (PNG)" button (hidden in the HTML: without JavaScript there is the SVG link) and,
 * on a click, loads the drawer, which draws the PNG in the browser from the chart's SVG file.
 */
export function enhanceChartPng(doc: Document): void {
  for (const slot of doc.querySelectorAll<HTMLElement>("[data-png]")) {
    slot.hidden = false;
    slot.lastElementChild!.addEventListener("click", () =>
      import(/* @vite-ignore */ drawerUrl).then(
        () => doc.dispatchEvent(new CustomEvent(SAVE_PNG, { detail: slot })),
        // Without the drawer (offline, say), the reader gets the same chart as SVG.
        () => (slot.previousElementSibling as HTMLElement).click(),
      ),
    );
  }
}
