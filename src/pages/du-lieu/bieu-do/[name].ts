import { chartDownloadRoute } from "../../../site/chartDownloads.ts";

/** Each chart's downloads, in Vietnamese: the rows its marks were drawn from (CSV), and the chart (SVG, PNG). */
export const { getStaticPaths, GET } = chartDownloadRoute("vi");
