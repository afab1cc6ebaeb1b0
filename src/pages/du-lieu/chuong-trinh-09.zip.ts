import type { APIRoute } from "astro";
import { datasetZip } from "../../lib/format/datasetZip.ts";
import { siteData } from "../../project/dataset.ts";

/** The whole dataset in one zip, with a README describing every file, column, metric and source. */
export const GET: APIRoute = async () => new Response(Buffer.from(datasetZip(await siteData())), { headers: { "Content-Type": "application/zip" } });
