import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartFigure } from "../../../lib/shape/chartModel.ts";
import { figureCsv } from "../../../lib/format/figureCsv.ts";
import { allFigures } from "../../../site/chartFigures.ts";
import { siteData } from "../../../site/dataset.ts";

/** One CSV per chart figure, holding exactly the rows its marks were drawn from. */
export const getStaticPaths = (async () => {
  const figures = allFigures(await siteData());
  return figures.map((figure) => ({ params: { name: `${figure.id}.csv` }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv(props.figure as ChartFigure), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
