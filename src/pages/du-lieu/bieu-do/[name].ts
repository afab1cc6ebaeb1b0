import { chartDownloadRoute } from "../../../site/chartDownloads.ts";

/** Each chart's downloads, in Vietnamese: the rows its marks were drawn from (CSV), and the chart (SVG; the PNG is drawn in the browser). */
export const { getStaticPaths, GET } = chartDownloadRoute("vi");
