import type { Lang } from "../../i18n/lang.ts";
import type { Source } from "../data/model.ts";
import { quoteLang } from "../format/localText.ts";
import { sourceCitation } from "../format/sourceLabel.ts";
import type { Figure } from "./figures.ts";

/** What a mark's tooltip says about a figure: its value as read, the source's own words and the article(s). */
export interface TipText {
  value: string;
  quote?: string;
  source?: string;
  /** Language of the quote, on pages in another language: the sources wrote in Vietnamese. */
  lang?: string;
}

/** The tooltip text of a figure stated by one or more articles; a figure nobody reported has only its label. */
export function tipFor(label: string, figure: Figure | undefined, sources: ReadonlyMap<string, Source>, lang: Lang = "vi"): TipText {
  if (!figure) return { value: label };
  return {
    value: label,
    quote: figure.rows.map((r) => `“${r.quote}”`).join(" / "),
    source: figure.rows.map((r) => sourceCitation(sources.get(r.source)!, lang)).join(" / "),
    lang: quoteLang(lang),
  };
}
