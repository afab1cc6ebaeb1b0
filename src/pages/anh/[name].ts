import type { APIRoute, GetStaticPaths } from "astro";
import { CARD } from "../../charts/socialCard.ts";
import { toPng } from "../../charts/toPng.ts";
import { siteData } from "../../site/dataset.ts";
import { socialCards } from "../../site/socialImages.ts";

/** One 1200×630 link-preview image per story, for the home page and for the comparison, drawn at build time. */
export const getStaticPaths = (async () =>
  socialCards(await siteData()).map((c) => ({ params: { name: `${c.name}.png` }, props: { svg: c.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(toPng((props.svg as () => string)(), CARD.width)), { headers: { "Content-Type": "image/png" } });
