import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

// One server-side document for every chart of the build: creating a DOM per chart costs more than the chart.
const { document } = parseHTML("<!doctype html><html><body></body></html>");

/** A drawn chart: its SVG markup and the scales, to place hit targets over its marks. */
export interface Rendered {
  svg: string;
  x?: Plot.Scale;
  y?: Plot.Scale;
}

/**
 * Renders Plot options to SVG markup that is safe to inline in a strict, accessible page: no inline <style>
 * (the site stylesheet styles charts, and a CSP forbids inline styles) and no typeface of its own, a fixed class name instead of Plot's
 * counter-based one, labelled groups given role="group" (axe refuses aria-label on a plain <g>), and
 * coordinates rounded to 0.1 px so output is stable and reviewable.
 */
export function renderPlot(options: Plot.PlotOptions, fontSize = 14): Rendered {
  const plot = Plot.plot({ ...options, document, className: "plot" }) as unknown as SVGSVGElement & Plot.Plot;
  // An attribute, not Plot's style option: a strict Content-Security-Policy refuses inline style attributes.
  plot.setAttribute("font-size", String(fontSize));
  // The typeface comes from where the chart is shown: the page's stylesheet, or the root of a standalone file
  // (whose panels are nested drawings: Plot's "system-ui, sans-serif" there would override it).
  plot.removeAttribute("font-family");
  if (plot.tagName.toLowerCase() !== "svg") throw new Error("renderPlot: draw titles, legends and captions in the figure, not with Plot");
  for (const style of plot.querySelectorAll("style")) style.remove();
  // Every chart is one image to assistive technology; its name and description come from Plot's aria options.
  plot.setAttribute("role", "img");
  for (const g of plot.querySelectorAll("g[aria-label]")) g.setAttribute("role", "group");
  for (const hidden of plot.querySelectorAll("[aria-hidden='true'][aria-label]")) hidden.removeAttribute("aria-label");
  return { svg: escapeAttributes(roundNumbers(plot.outerHTML)), x: plot.scale("x"), y: plot.scale("y") };
}

// Geometry attributes only: text and labels such as "trên 114.924" must keep every digit.
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|viewBox|points)="([^"]*)"/g;

/** Rounds long decimals in an SVG's geometry attributes to tenths of a pixel, leaving text untouched. */
export function roundNumbers(svg: string): string {
  return svg.replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${value.replace(/\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}

/**
 * Escapes "<" and ">" inside attribute values. linkedom escapes only quotes there; a label from the data such
 * as "</svg><script>" is inert inside a quoted attribute, but escaped it cannot be misread by any parser.
 */
export function escapeAttributes(svg: string): string {
  return svg.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replaceAll("<", "&lt;").replaceAll(">", "&gt;")}"`);
}
