import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../project/dataset.ts";
import { dataFiles, type DataFile } from "../../site/dataFiles.ts";

/** One download per editor's file, rebuilt from the validated data so no cell can run as a spreadsheet formula. */
export const getStaticPaths = (async () => {
  const files = dataFiles(await siteData());
  return files.map((file) => ({ params: { name: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.file as DataFile).csv(), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
