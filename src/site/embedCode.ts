import { escapeXml } from "../lib/format/escapeXml.ts";

/** The HTML another site pastes to embed a chart: an iframe of its embed page, and the script that sizes it. */
export function embedCode(page: string, script: string, title: string): string {
  return `<iframe src="${escapeXml(page)}" title="${escapeXml(title)}" data-c09-embed width="100%" height="640" loading="lazy" style="border:0;width:100%"></iframe>\n<script src="${escapeXml(script)}" async></script>`;
}
