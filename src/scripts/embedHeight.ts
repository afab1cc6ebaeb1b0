/** The message an embedded chart sends its host page: which embed it is, and its height in px. */
export interface EmbedHeight {
  type: "c09-embed-height";
  path: string;
  height: number;
}

/** Tells the embedding page how tall this chart is, now and whenever it changes (fonts, tables opened, width). */
export function reportHeight(doc: Document): void {
  if (window.parent === window) return;
  const send = () => {
    // The content's own height, not the document's scrollHeight: that is never less than the iframe itself, so
    // a chart shorter than the iframe's first height would leave a gap below it for good.
    const body = doc.body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(doc.body).marginBottom);
    const message: EmbedHeight = { type: "c09-embed-height", path: doc.location.pathname, height: Math.ceil(body + window.scrollY) };
    window.parent.postMessage(message, "*");
  };
  new ResizeObserver(send).observe(doc.body);
  send();
}
