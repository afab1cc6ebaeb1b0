import type { APIRoute, GetStaticPaths } from "astro";
import { CARD, socialCard, type Card } from "../charts/socialCard.ts";
import { toPng } from "../charts/toPng.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { formatDatePhrase } from "../lib/format/formatDate.ts";
import { formatFigure } from "../lib/format/formatFigure.ts";
import { metricLabel, storyText } from "../lib/format/localText.ts";
import { figureKey } from "../lib/shape/figures.ts";
import { siteData, type SiteData } from "./dataset.ts";
import { lightPalette } from "./palette.ts";
import { href, ROUTES } from "./paths.ts";

/** Where a page's link-preview image is, in the page's language. */
export const socialImageHref = (name: string, lang: Lang = "vi") => href(`${ROUTES.images[lang]}${name}.png`);

// The comparison card's title is the page's (UI nav.compare); these are the words only the cards use.
const CARD_WORDS: Record<Lang, { home: (count: number) => Omit<Card, "site">; compare: string }> = {
  vi: {
    home: (count) => ({ title: "Mười năm Chương trình 09", subtitle: `Các tỉnh báo cáo gì: ${count} tỉnh, mọi con số dẫn về câu văn đã nêu nó.` }),
    compare: "Mô hình, đợt phát động, lượt người tham gia và khen thưởng, với chỗ không báo cáo ghi rõ.",
  },
  en: {
    home: (count) => ({ title: "Ten years of Program 09", subtitle: `What ${count} provinces reported, every number linked to the sentence that stated it.` }),
    compare: "Models, campaigns, participant-turns and awards, with what was not reported marked as such.",
  },
};

/** The link-preview cards of one edition: the home page, each story (with its first highlight figure), the comparison. */
export function socialCards(data: SiteData, lang: Lang = "vi"): { name: string; svg: () => string }[] {
  const metric = new Map(data.metrics.map((m) => [m.id, m]));
  const words = CARD_WORDS[lang];
  const card = (name: string, c: Omit<Card, "site">) => ({ name, svg: () => socialCard({ site: `${UI[lang].siteShort} · ${UI[lang].siteTagline}`, ...c }, lightPalette()) });
  return [
    card("trang-chu", words.home(data.provinces.length)),
    card("so-sanh", { title: UI[lang].nav.compare, subtitle: words.compare }),
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
    getStaticPaths: async () => socialCards(await siteData(), lang).map((c) => ({ params: { name: `${c.name}.png` }, props: { svg: c.svg } })),
    GET: ({ props }) => new Response(new Uint8Array(toPng((props.svg as () => string)(), CARD.width)), { headers: { "Content-Type": "image/png" } }),
  };
}
