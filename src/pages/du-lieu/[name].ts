import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { siteData } from "../../site/dataset.ts";
import { dataFiles } from "../../site/dataFiles.ts";

/** One download per editor's CSV file, served byte for byte as the editor wrote it. */
export const getStaticPaths = (async () => {
  const files = dataFiles(await siteData());
  return files.map((f) => ({ params: { name: f.name }, props: { path: f.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.path as string), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
