/**
 * Shows a mark's provenance when a reader hovers or focuses it: the value as stated, the source's own words
 * and the article. Reads the mark link's data-* attributes and writes them as text (never as markup); Escape
 * or leaving the mark closes it; on a phone, tapping a mark shows it in place. Without this script the same
 * link jumps to the mark's row in the data table.
 */
export function enhanceChartTips(doc: Document): void {
  const tip = doc.createElement("div");
  tip.className = "chart-tip";
  tip.id = "chart-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  doc.body.append(tip);
  let current: Element | null = null;

  const show = (mark: SVGElement) => {
    const { value, quote, source, lang } = (mark as SVGElement & { dataset: DOMStringMap }).dataset;
    const lines: [string, string | undefined][] = [["tip-value", value], ["tip-quote", quote], ["tip-source", source]];
    tip.replaceChildren(...lines.filter(([, line]) => line).map(([className, line]) => {
      const p = doc.createElement("p");
      p.className = className;
      p.textContent = line!;
      // The sources' Vietnamese words on an English page, said in Vietnamese by screen readers.
      if (className === "tip-quote" && lang) p.lang = lang;
      return p;
    }));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const view = doc.documentElement.clientWidth;
    const left = Math.min(Math.max(8, box.left), Math.max(8, view - tip.offsetWidth - 8));
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    mark.setAttribute("aria-describedby", tip.id);
    current = mark;
  };
  const hide = () => {
    current?.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>(".hits a") : null);

  doc.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
    else hide();
  });
  doc.addEventListener("pointerover", (e) => {
    const mark = markOf(e.target);
    if (mark && mark !== current) show(mark);
  });
  doc.addEventListener("pointerout", (e) => {
    const mark = markOf(e.target);
    if (mark && !mark.contains((e as PointerEvent).relatedTarget as Node | null) && doc.activeElement !== mark) hide();
  });
  // A tap or click shows the provenance in place rather than jumping to the table; Enter on a focused mark
  // (a click with no pointer, detail 0) still follows the link to the mark's row.
  doc.addEventListener("click", (e) => {
    const mark = markOf(e.target);
    if (mark && e.detail > 0) {
      e.preventDefault();
      show(mark);
    } else if (!mark) hide();
  });
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden) hide();
  });

  // A mark links to its row in the data table, inside a closed <details>: open it, whichever browser.
  const reveal = () => {
    const target = doc.getElementById(decodeURIComponent(doc.location.hash.slice(1)));
    const details = target?.closest("details");
    if (target && details && !details.open) {
      details.open = true;
      target.scrollIntoView({ block: "center" });
    }
  };
  window.addEventListener("hashchange", reveal);
  reveal();
}
