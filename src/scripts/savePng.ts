import { SAVE_PNG } from "./pngEvent.ts";

// Width of a downloaded chart PNG in px: twice the 672 px standalone drawing, sharp on phones and in slides.
const WIDTH = 1344;
// This file loads only when asked for, so its words cost the other readers nothing.
const FAILED = { vi: "Không vẽ được ảnh PNG: hãy tải tệp SVG.", en: "Could not draw the PNG: download the SVG." };

/** A file of this site, or an error saying which one could not be had. */
async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** A file's bytes as a data: URL, so an SVG drawn as an image (which may load nothing) can carry it. */
async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetched(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

// The fonts are the page's own (its preloaded WOFF2 files, their weight in their names), embedded in the SVG,
// because an SVG drawn as an image may not fetch anything.
/** Draws a chart's SVG file as a PNG `WIDTH` px wide in the site's typeface, and hands it to the reader as `name`. */
export async function savePng(doc: Document, svgUrl: string, name: string): Promise<void> {
  const fonts = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => ({ href: l.href, weight: /-(\d00)\./.exec(l.href)?.[1] ?? "400" }));
  const [text, ...urls] = await Promise.all([fetched(svgUrl).then((r) => r.text()), ...fonts.map((f) => dataUrl(f.href))]);
  // Text, not a parsed document: a <style> element made or parsed in the page would fall under its
  // Content-Security-Policy (no inline style), while inside the image it is the image's own.
  const faces = fonts.map((f, i) => `@font-face{font-family:"Be Vietnam Pro";font-weight:${f.weight};src:url("${urls[i]}") format("woff2")}`).join("");
  const root = /<svg\b[^>]*>/.exec(text);
  if (!root) throw new Error(`${svgUrl} is not an SVG`);
  const svg = `${text.slice(0, root.index)}${root[0].replace(/ font-family="/, ' font-family="Be Vietnam Pro, ')}<style>${faces}</style>${text.slice(root.index + root[0].length)}`;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = doc.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = Math.round((WIDTH * image.naturalHeight) / image.naturalWidth);
  canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!png) throw new Error("the browser made no PNG");
  const save = Object.assign(doc.createElement("a"), { href: URL.createObjectURL(png), download: name });
  save.click();
  // The download has its bytes once it starts; the address is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
}

// Loaded (see chartPng.ts), the drawer answers every PNG button's slot: the SVG link just before the slot is the
// chart it draws. While it draws, the button says so (aria-disabled, not disabled, which would throw keyboard
// focus off it) and further clicks are ignored; if it fails, a status line says to take the SVG.
document.addEventListener(SAVE_PNG, async (event) => {
  const slot = (event as CustomEvent<HTMLElement>).detail;
  const button = slot.querySelector("button")!;
  if (button.getAttribute("aria-disabled") === "true") return;
  const link = slot.previousElementSibling as HTMLAnchorElement;
  let status = slot.querySelector<HTMLElement>("[role=status]");
  if (!status) slot.append((status = Object.assign(document.createElement("span"), { role: "status" })));
  button.setAttribute("aria-disabled", "true");
  try {
    await savePng(document, link.href, link.pathname.split("/").at(-1)!.replace(/\.svg$/, ".png"));
    status.textContent = "";
  } catch {
    status.textContent = ` ${FAILED[document.documentElement.lang === "en" ? "en" : "vi"]}`;
  } finally {
    button.removeAttribute("aria-disabled");
  }
});
