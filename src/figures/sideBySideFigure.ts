import { formatFigure, NOT_REPORTED_TEXT } from "../lib/format/formatFigure.ts";
import { countedText, metricLabel } from "../lib/format/localText.ts";
import { RECIPIENTS } from "../lib/data/schemas.ts";
import { sideBySide, type SideCell, type SideColumn, type SideTopic } from "../lib/shape/sideBySide.ts";
import type { CoverageStatus } from "../lib/shape/coverage.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import type { SiteData } from "../project/dataset.ts";
import { figureHref, provinceHref } from "../project/paths.ts";

/** One value in a cell, as readers see it, linked to the sentence that stated it. */
export interface SideValue {
  /** "trên 366", "20 tập thể", "có, không nêu số lượng". */
  text: string;
  href: string;
}

/** A cell of the view in one language: its values, or the words for a mention without a count or no report. */
export interface SideViewCell {
  status: CoverageStatus;
  values: SideValue[];
  /** What the number counts, where provinces count this measure differently ("mô hình “tự phòng, tự quản”"). */
  counts?: string;
  /** "không báo cáo", where the province did not report it, or the kind of recipient it did not report (a mention without a count is a value, linked to its sentence). */
  words?: string;
}

/** A column header: the measure or the awarding body, under its topic. */
export interface SideViewColumn {
  key: string;
  topic: SideTopic;
  label: string;
  /** The label on phones, where a column stands without its topic's header ("Khen thưởng: Chủ tịch UBND tỉnh"). */
  short: string;
  /** True when the column is its topic's only one and says what the topic says: one header for both. */
  alone?: boolean;
}

/** The side-by-side view in one language, ready for a component to render. */
export interface SideView {
  id: string;
  title: string;
  subtitle: string;
  /** The topics in column order, each with how many columns it spans. */
  topics: { topic: SideTopic; label: string; span: number; /** One column whose label repeats the topic's. */ alone?: boolean }[];
  columns: SideViewColumn[];
  /** The header of the provinces' column. */
  province: string;
  rows: { name: string; href: string; cells: SideViewCell[]; /** On phones, the not-reported cells in one line. */ missing?: string }[];
  notes: string[];
}

/** The anchor of the view wherever it is shown. */
export const SIDE_ID = "canh-nhau";

/**
 * Models, campaign launches and attendance, and awards by awarding body, for every province, in one language:
 * each cell the value with its bound word (and what it counts, where provinces count differently), "có, không
 * nêu số lượng" or "không báo cáo". Its subtitle, the takeaway, is computed from the same cells.
 */
export function sideBySideFigure(data: SiteData, lang: Lang): SideView {
  const t = UI[lang];
  const view = sideBySide(data, data.figures);
  const columns = view.columns.map((c): SideViewColumn => {
    const label = columnLabel(c, lang);
    return { key: c.key, topic: c.topic, label, short: c.award ? t.side.awardFrom(label) : label };
  });
  const topics = columns.reduce<SideView["topics"]>((list, c) => {
    const last = list.at(-1);
    if (last?.topic === c.topic) last.span += 1;
    else list.push({ topic: c.topic, label: t.side.topics[c.topic], span: 1 });
    return list;
  }, []);
  for (const t of topics) {
    const own = columns.filter((c) => c.topic === t.topic);
    if (own.length === 1 && own[0]!.label.toLocaleLowerCase(lang) === t.label.toLocaleLowerCase(lang)) t.alone = own[0]!.alone = true;
  }
  const rows = view.rows.map((r) => {
    // A topic none of whose columns the province reported is named once ("phát động phong trào"); awards by body.
    const none = (i: number) => r.cells[i]!.status === "none";
    const missing = topics.flatMap((topic) => {
      const at = columns.flatMap((c, i) => (c.topic === topic.topic ? [i] : []));
      if (at.every(none) && topic.topic !== "awards") return [lowerFirst(topic.label, lang)];
      const gaps = at.filter(none).map((i) => columns[i]!.label);
      if (gaps.length === 0) return [];
      return topic.topic === "awards" ? [t.side.awardMissing(gaps)] : gaps.map((g) => lowerFirst(g, lang));
    });
    return {
      name: r.province.name,
      href: provinceHref(r.province.slug, lang),
      cells: r.cells.map((c) => viewCell(c, countedText(r.province, lang), lang)),
      missing: missing.length ? t.side.notReported(missing) : undefined,
    };
  });
  // Who gave numbers, topic by topic, and whether any column holds numbers from two provinces counted alike.
  const withNumbers = (topic: SideTopic) => view.rows.filter((r) => r.cells.some((c) => c.column.topic === topic && c.status === "number")).map((r) => r.province.name);
  const shared = (topic: SideTopic) =>
    view.columns.some((col, i) => col.topic === topic && view.rows.filter((r) => r.cells[i]!.status === "number").length > 1 && (col.metric?.comparable ?? "yes") === "yes");
  const differ = view.columns.some((c) => c.topic === "models" && c.metric?.comparable !== "yes");
  return {
    id: SIDE_ID,
    title: t.side.title,
    subtitle: t.side.subtitle({
      total: view.rows.length,
      models: withNumbers("models"),
      modelsDiffer: differ && !shared("models"),
      campaigns: withNumbers("campaigns"),
      awards: withNumbers("awards"),
      awardsShared: shared("awards"),
    }),
    topics,
    columns,
    province: t.side.province,
    rows,
    notes: [t.side.note],
  };
}

/** A column's header: the measure's label without its parenthesis, or the awarding body. */
function columnLabel(column: SideColumn, lang: Lang): string {
  if (column.award) return UI[lang].labels.awardBodies[column.award.level];
  return metricLabel(column.metric!, lang).replace(/\s*\([^)]*\)\s*$/, "");
}

/** A cell's values ("20 tập thể", "23 cá nhân") or its words, and what the number counts where that differs. */
function viewCell(cell: SideCell, counted: Readonly<Record<string, string>>, lang: Lang): SideViewCell {
  if (cell.status === "none") return { status: "none", values: [], words: NOT_REPORTED_TEXT[lang] };
  const recipients = UI[lang].labels.recipients;
  // Awards given to groups and to people, neither counted: one mention, not two.
  if (cell.status === "unquantified" && cell.parts.length > 1) {
    return { status: cell.status, values: [{ text: formatFigure(cell.parts[0]!.figure, cell.parts[0]!.metric.unit, lang), href: figureHref(cell.parts[0]!.figure.province, cell.parts[0]!.metric.id, lang) }] };
  }
  // An award cell gives both kinds of recipient: the kind a province did not report says so, never left out.
  const recipientsShown = cell.column.award ? RECIPIENTS.filter((r) => cell.column.award!.metrics[r]) : [];
  const absent = recipientsShown.filter((r) => !cell.parts.some((p) => p.recipient === r));
  const values = cell.parts.map((p) => {
    const noun = p.recipient ? recipients[p.recipient].toLocaleLowerCase(lang) : "";
    const amount = formatFigure(p.figure, p.metric.unit, lang);
    return { text: noun ? (p.figure.value === null ? `${noun}: ${amount}` : `${amount} ${noun}`) : amount, href: figureHref(p.figure.province, p.metric.id, lang) };
  });
  const counts = cell.column.metric ? counted[cell.column.metric.id] : undefined;
  const words = absent.length ? absent.map((r) => `${recipients[r].toLocaleLowerCase(lang)}: ${NOT_REPORTED_TEXT[lang]}`).join("; ") : undefined;
  return { status: cell.status, values, counts, words };
}

/** A label inside a sentence: its first letter in lower case, the rest (UBND, MTTQ) as written. */
function lowerFirst(label: string, lang: Lang): string {
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}
