import type { APIRoute, GetStaticPaths } from "astro";
import { CARD, socialCard, type Card } from "../charts/socialCard.ts";
import { toPngAsync } from "../charts/toPng.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { formatDatePhrase } from "../lib/format/formatDate.ts";
import { formatFigure } from "../lib/format/formatFigure.ts";
import { metricLabel, storyText } from "../lib/format/localText.ts";
import { coverageSummary } from "../lib/shape/coverageSummary.ts";
import { figureKey } from "../lib/shape/figures.ts";
import { siteData, type SiteData } from "../project/dataset.ts";
import { lightPalette } from "./palette.ts";
import { href, ROUTES } from "../project/paths.ts";

/** Where a page's link-preview image is, in the page's language. */
export const socialImageHref = (name: string, lang: Lang = "vi") => href(`${ROUTES.images[lang]}${name}.png`);

/**
 * The link-preview cards of one edition, in the pages' words: the home page's card states its finding (computed
 * from the data, as on the page), the comparison's carries its description, each story its first highlight figure.
 */
export function socialCards(data: SiteData, lang: Lang = "vi"): { name: string; svg: () => string }[] {
  const t = UI[lang];
  const metric = new Map(data.metrics.map((m) => [m.id, m]));
  const summary = coverageSummary(data);
  const finding = t.home.finding(summary);
  const card = (name: string, c: Omit<Card, "site">) => ({ name, svg: () => socialCard({ site: `${t.siteShort} · ${t.siteTagline}`, ...c }, lightPalette()) });
  return [
    card("trang-chu", { title: finding.headline, subtitle: finding.sentence }),
    card("so-sanh", { title: t.nav.compare, subtitle: t.compare.description }),
    ...data.provinces.map((p) => {
      const id = p.highlights[0];
      const figure = id ? data.figures.get(figureKey(p.slug, id)) : undefined;
      return card(p.slug, {
        title: p.name,
        subtitle: `${storyText(p, lang).event.title}, ${formatDatePhrase(p.event.date, lang)}`,
        figure: figure && id ? { value: formatFigure(figure, metric.get(id)!.unit, lang), label: metricLabel(metric.get(id)!, lang) } : undefined,
      });
    }),
  ];
}

/** The routes of an edition's 1200×630 link-preview images, for a `[name].ts` endpoint to export. */
export function socialImageRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      socialCards(await siteData(), lang).map((c) => {
        // Queued as the build collects its paths, before it renders any page, so worker threads draw while Astro
        // renders the rest; the dev server draws only what is asked for.
        let png: Promise<Buffer> | undefined;
        const draw = () => (png ??= toPngAsync(c.svg(), CARD.width));
        if (import.meta.env.PROD) draw().catch(() => undefined);
        return { params: { name: `${c.name}.png` }, props: { draw } };
      }),
    GET: async ({ props }) => new Response(new Uint8Array(await (props.draw as () => Promise<Buffer>)()), { headers: { "Content-Type": "image/png" } }),
  };
}
