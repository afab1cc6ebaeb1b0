import { socialCard, type Card } from "../charts/socialCard.ts";
import { formatDatePhrase } from "../lib/format/formatDate.ts";
import { formatFigure } from "../lib/format/formatFigure.ts";
import { figureKey } from "../lib/shape/figures.ts";
import type { SiteData } from "./dataset.ts";
import { lightPalette } from "./palette.ts";
import { href } from "./paths.ts";

/** Where a page's link-preview image is. */
export const socialImageHref = (name: string) => href(`anh/${name}.png`);

/** The link-preview cards of the site: the home page, each story (with its first highlight figure), the comparison. */
export function socialCards(data: SiteData): { name: string; svg: () => string }[] {
  const metric = new Map(data.metrics.map((m) => [m.id, m]));
  const card = (name: string, c: Card) => ({ name, svg: () => socialCard(c, lightPalette()) });
  return [
    card("trang-chu", { title: "Mười năm Chương trình 09", subtitle: `Các tỉnh báo cáo gì: ${data.provinces.length} tỉnh, mọi con số dẫn về câu văn đã nêu nó.` }),
    card("so-sanh", { title: "So sánh các tỉnh", subtitle: "Mô hình, đợt phát động, lượt người tham gia và khen thưởng, với chỗ không báo cáo ghi rõ." }),
    ...data.provinces.map((p) => {
      const id = p.highlights[0];
      const figure = id ? data.figures.get(figureKey(p.slug, id)) : undefined;
      return card(p.slug, {
        title: p.name,
        subtitle: `${p.event.title}, ${formatDatePhrase(p.event.date)}`,
        figure: figure && id ? { value: formatFigure(figure, metric.get(id)!.unit), label: metric.get(id)!.label_vi } : undefined,
      });
    }),
  ];
}
