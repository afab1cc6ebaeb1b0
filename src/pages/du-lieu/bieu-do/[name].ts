import type { APIRoute, GetStaticPaths } from "astro";
import { allFigures } from "../../../site/chartFigures.ts";
import { figureDownloads } from "../../../site/chartDownloads.ts";
import { siteData } from "../../../site/dataset.ts";

/** Each chart figure's downloads: exactly the rows its marks were drawn from (CSV), and the chart (SVG, PNG). */
export const getStaticPaths = (async () => {
  const data = await siteData();
  return allFigures(data).flatMap((figure) => figureDownloads(data, figure).map((file) => ({ params: { name: file.name }, props: { file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = props.file as { body: () => string | Buffer; type: string };
  const body = file.body();
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": file.type } });
};
