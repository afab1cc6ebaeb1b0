import type { Metric, Province, Result, Source } from "../lib/data/model.ts";
import { RECIPIENTS } from "../lib/data/schemas.ts";
import { formatFigure, formatCompact, NOT_REPORTED_TEXT, QUALIFIER_MEANINGS } from "../lib/format/formatFigure.ts";
import { formatNumber } from "../lib/format/formatNumber.ts";
import { aroundHighlight } from "../lib/shape/aroundHighlight.ts";
import { awardData, type AwardLevel } from "../lib/shape/awardData.ts";
import { barData, provinceData } from "../lib/shape/barData.ts";
import type { ChartFigure, DataTable, Datum } from "../lib/shape/chartModel.ts";
import { colourSlots } from "../lib/shape/colourSlots.ts";
import { describeBars, describeMetrics } from "../lib/shape/describe.ts";
import { figureKey, type Figure } from "../lib/shape/figures.ts";
import { sortProvinces } from "../lib/shape/sortProvinces.ts";
import { sourceCitation } from "../lib/format/sourceLabel.ts";
import { tipFor } from "../lib/shape/tipFor.ts";
import { awardBars } from "../charts/awardBars.ts";
import { barChart } from "../charts/barChart.ts";
import { coverageMatrix, type MatrixCell } from "../charts/coverageMatrix.ts";
import { locatorMap } from "../charts/locatorMap.ts";
import { AWARD_LEVEL_LABELS, GROUP_LABELS } from "../i18n/labels.ts";
import type { SiteData } from "./dataset.ts";
import { provinceHref } from "./paths.ts";

/** The two widths every chart is drawn at, in px: phones, and the story column. */
export const WIDTHS = { narrow: 360, wide: 640 } as const;

/** How many provinces a province page's comparison shows at most: the province and its neighbours in rank. */
export const AROUND = 12;

// Each figure is drawn once per build, though pages and their CSV downloads both ask for it.
const drawn = new WeakMap<SiteData, Map<string, ChartFigure[]>>();
function once(data: SiteData, key: string, make: () => ChartFigure[]): ChartFigure[] {
  let cache = drawn.get(data);
  if (!cache) drawn.set(data, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

const TABLE_COLUMNS = ["Số liệu", "Nguồn viết", "Bài báo"];

/** Everything the comparison page charts: models, campaigns, awards, the coverage matrix, and the map. */
export function compareFigures(data: SiteData, highlight?: string): ChartFigure[] {
  return once(data, `compare/${highlight ?? ""}`, () => drawCompareFigures(data, highlight));
}

function drawCompareFigures(data: SiteData, highlight?: string): ChartFigure[] {
  const prefix = highlight ? `${highlight}-` : "bd-";
  const figures = [
    metricFigure(data, {
      id: `${prefix}mo-hinh`,
      title: "Số mô hình mỗi tỉnh nêu",
      metricIds: ["models"],
      notes: modelNotes(data),
      highlight,
    }),
    metricFigure(data, {
      id: `${prefix}phat-dong`,
      title: "Đợt phát động và lượt người tham gia",
      metricIds: ["campaign_launches", "campaign_participant_turns"],
      notes: [],
      highlight,
    }),
    awardFigure(data, `${prefix}khen-thuong`, highlight),
  ];
  return highlight ? figures.filter((f) => f.csvRows.some((r) => r.province === highlight)) : [...figures, matrixFigure(data), mapFigure(data)];
}

/** A province page's charts: its own figures, group by group, then the comparisons it takes part in. */
export function provinceCharts(data: SiteData, slug: string): ChartFigure[] {
  return once(data, `province/${slug}`, () => drawProvinceCharts(data, slug));
}

function drawProvinceCharts(data: SiteData, slug: string): ChartFigure[] {
  const province = data.provinces.find((p) => p.slug === slug)!;
  const comparisons = compareFigures(data, slug);
  // A group whose figures all appear in a comparison already needs no chart of its own.
  const compared = new Set(comparisons.flatMap((f) => f.csvRows.map((r) => r.metric)));
  const own = [...new Set(data.metrics.map((m) => m.group))].flatMap((group) =>
    (["count", "percent"] as const).flatMap((unit) => {
      const ids = data.metrics.filter((m) => m.group === group && m.unit === unit).map((m) => m.id);
      const all = provinceData(data, data.figures, slug, ids);
      const rows = all.filter((d) => d.figure!.value !== null);
      if (rows.length < 2 || rows.every((d) => compared.has(d.metric.id))) return [];
      // A figure given without a number has no bar; the notes say so rather than leave it out silently.
      const unstated = all.filter((d) => d.figure!.value === null).map((d) => `Không có thanh cho “${d.metric.label_vi}”: ${d.label} (xem bảng số liệu của trang).`);
      return [ownFigure(data, province, `${slug}-${group}-${unit}`, `${province.name}: ${GROUP_LABELS[group].toLowerCase()}`, rows, unstated)];
    }),
  );
  return [...own, ...comparisons];
}

/** Every figure on the site, once each: what the CSV downloads are made from. */
export function allFigures(data: SiteData): ChartFigure[] {
  return [...compareFigures(data), ...data.provinces.flatMap((p) => provinceCharts(data, p.slug))];
}

/** Id of a figure's table row for one mark. */
export const rowId = (figure: string, key: string) => `${figure}--${key}`;

function metricFigure(
  data: SiteData,
  spec: { id: string; title: string; metricIds: string[]; notes: string[]; highlight?: string },
): ChartFigure {
  const sources = sourceMap(data);
  const panels = spec.metricIds.map((id) => {
    const ranking = barData(data, data.figures, id, spec.highlight);
    const shown = spec.highlight ? aroundHighlight(ranking, AROUND) : { rows: ranking, hidden: 0 };
    return { metric: metricOf(data, id), ranking, ...shown };
  });
  const all = panels.flatMap((p) => p.rows);
  const windowed = panels.filter((p) => p.hidden > 0).map((p) => aroundNote(data, spec.highlight!, p.metric.comparable === "caution"));
  const many = panels.length > 1;
  const draw = (rows: Datum[], metric: Metric, width: number) =>
    barChart(rows, {
      width,
      label: metric.label_vi,
      description: describeBars(metric.label_vi, rows),
      anchor: (d) => rowId(spec.id, d.key),
      tip: (d) => tipFor(`${d.province.name}: ${d.label}`, d.figure, sources),
    });
  return {
    id: spec.id,
    title: spec.title,
    subtitle: panels.map((p) => whoReported(p.ranking, p.metric.label_vi.toLowerCase())).join(" "),
    description: panels.map((p) => describeBars(p.metric.label_vi, p.rows)).join(" "),
    panels: panels.map((p) => ({ label: many ? p.metric.label_vi : undefined, narrow: draw(p.rows, p.metric, WIDTHS.narrow), wide: draw(p.rows, p.metric, WIDTHS.wide) })),
    notes: [...windowed, ...panels.map((p) => `${p.metric.label_vi}: ${p.metric.definition_vi}`), ...spec.notes, ...qualifierNotes(all.map((d) => d.figure))],
    sources: sourceIds(all.map((d) => d.figure)),
    table: barTable(spec.id, all, sources, many),
    csvRows: rowsOf(all.map((d) => d.figure)),
  };
}

function ownFigure(data: SiteData, province: Province, id: string, title: string, rows: Datum[], unstated: string[]): ChartFigure {
  const sources = sourceMap(data);
  const draw = (width: number) =>
    barChart(rows, {
      width,
      band: "metric",
      label: title,
      description: describeMetrics(title, rows),
      anchor: (d) => rowId(id, d.key),
      tip: (d) => tipFor(`${d.metric.label_vi}: ${d.label}`, d.figure, sources),
      max: rows[0]!.metric.unit === "percent" ? 100 : undefined,
    });
  return {
    id,
    title,
    subtitle: `${rows.length} chỉ số khác nhau mà nguồn về ${province.name} nêu; mỗi thanh đếm một thứ riêng, không cộng lại với nhau.`,
    description: describeMetrics(title, rows),
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) }],
    notes: [...unstated, ...rows.map((d) => `${d.metric.label_vi}: ${d.metric.definition_vi}`), ...qualifierNotes(rows.map((d) => d.figure))],
    sources: sourceIds(rows.map((d) => d.figure)),
    table: {
      columns: TABLE_COLUMNS,
      rows: rows.map((d) => ({ id: rowId(id, d.key), header: d.metric.label_vi, cells: provenanceCells(d.label, d.figure, sources) })),
    },
    csvRows: rowsOf(rows.map((d) => d.figure)),
  };
}

function awardFigure(data: SiteData, id: string, highlight?: string): ChartFigure {
  const sources = sourceMap(data);
  const total = (r: AwardLevel["rows"][number]) => RECIPIENTS.reduce((n, k) => n + (r.figures[k]?.value ?? 0), 0);
  const all = awardData(data, data.figures, highlight);
  // On a province page, each level shows the province among its neighbours by number of awards.
  const levels = highlight
    ? all.map((l) => ({ ...l, rows: aroundHighlight([...l.rows].sort((a, b) => total(b) - total(a) || Object.keys(b.figures).length - Object.keys(a.figures).length), AROUND).rows }))
    : all;
  const windowed = levels.some((l, i) => l.rows.length < all[i]!.rows.length) ? [aroundNote(data, highlight!, false)] : [];
  const figures = levels.flatMap((l) => l.rows.flatMap((r) => Object.values(r.figures)));
  const max = Math.max(1, ...levels.flatMap((l) => l.rows.map(total)));
  const levelLabel = (l: AwardLevel) => AWARD_LEVEL_LABELS[l.level];
  const describe = (l: AwardLevel) => `${levelLabel(l)}: ${l.rows.map((r) => `${r.province.name} ${r.label}`).join("; ")}.`;
  const draw = (l: AwardLevel, width: number) =>
    awardBars(l, {
      width,
      max,
      label: levelLabel(l),
      description: describe(l),
      anchor: (r) => rowId(id, r.key),
      tip: (r) => {
        const [, quote, source] = awardCells(r.label, Object.values(r.figures), sources);
        return { value: `${r.province.name}: ${r.label}`, quote, source };
      },
    });
  const stated = new Set(all.flatMap((l) => l.rows.flatMap((r) => Object.values(r.figures).map((f) => f.province))));
  return {
    id,
    title: "Khen thưởng theo cấp khen",
    subtitle:
      `${stated.size} trong ${data.provinces.length} tỉnh có nhắc đến khen thưởng; mỗi cấp khen là một thang riêng, không cộng lại.` +
      (figures.some((f) => f.value === null) ? " Có tỉnh chỉ cho biết có trao, không nêu số lượng." : ""),
    description: levels.map(describe).join(" "),
    panels: levels.map((l) => ({ label: levelLabel(l), narrow: draw(l, WIDTHS.narrow), wide: draw(l, WIDTHS.wide) })),
    legend: RECIPIENTS.map((r, i) => ({ label: r === "collective" ? "Tập thể" : "Cá nhân", colour: `var(--rec-${i})` })),
    notes: [
      ...windowed,
      "Bằng khen của Chủ tịch UBND tỉnh, bằng khen của Ủy ban MTTQ tỉnh và giấy khen của Giám đốc Công an tỉnh là ba cấp khen khác nhau.",
      ...qualifierNotes(figures),
    ],
    sources: sourceIds(figures),
    table: {
      columns: TABLE_COLUMNS,
      rows: levels.flatMap((l) =>
        l.rows.map((r) => ({ id: rowId(id, r.key), header: `${r.province.name} — ${levelLabel(l)}`, cells: awardCells(r.label, Object.values(r.figures), sources) })),
      ),
    },
    csvRows: rowsOf(figures),
  };
}

function matrixFigure(data: SiteData): ChartFigure {
  const id = "bd-bao-cao-gi";
  const sources = sourceMap(data);
  const provinces = sortProvinces(data.provinces);
  const metrics = data.metrics;
  const cells: MatrixCell[] = metrics.flatMap((metric) =>
    provinces.map((province) => {
      const figure = data.figures.get(figureKey(province.slug, metric.id));
      return { metric, province, figure, text: figure ? formatCompact(figure, metric.unit) : "–" };
    }),
  );
  const label = (c: MatrixCell) => (c.figure ? formatFigure(c.figure, c.metric.unit) : NOT_REPORTED_TEXT);
  const shared = metrics.filter((m) => cells.filter((c) => c.metric === m && c.figure).length >= 2).length;
  const reported = metrics.filter((m) => cells.some((c) => c.metric === m && c.figure)).length;
  const summary =
    provinces.map((p) => `${p.name} nêu ${cells.filter((c) => c.province === p && c.figure).length} trong ${metrics.length} chỉ số`).join("; ") +
    `. Chỉ ${shared} chỉ số có từ hai tỉnh trở lên cùng nêu.`;
  const draw = (width: number) =>
    coverageMatrix(metrics, provinces, cells, {
      width,
      label: "Mỗi tỉnh báo cáo gì",
      description: summary,
      anchor: (c) => rowId(id, c.metric.id),
      tip: (c) => ({ ...tipFor(label(c), c.figure, sources), value: `${c.province.name}: ${label(c)}` }),
    });
  const figures = cells.flatMap((c) => (c.figure ? [c.figure] : []));
  return {
    id,
    title: "Mỗi tỉnh báo cáo gì",
    subtitle: `Trong ${reported} chỉ số có ít nhất một tỉnh nêu, chỉ ${shared} chỉ số có từ hai tỉnh trở lên: phần lớn con số không có gì để so sánh.`,
    description: summary,
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(WIDTHS.wide) }],
    legend: [
      { label: "có con số", colour: "var(--cov-yes)" },
      { label: "có, không nêu số lượng", colour: "var(--cov-some)" },
      { label: "– không báo cáo", colour: "transparent" },
    ],
    notes: ["Trong ô: “>” là trên, “≈” là gần, “~” là khoảng; “có” là nguồn cho biết có nhưng không nêu số lượng."],
    sources: sourceIds(figures),
    table: {
      columns: provinces.map((p) => p.name),
      rows: metrics.map((m) => ({ id: rowId(id, m.id), header: m.label_vi, cells: provinces.map((p) => label(cells.find((c) => c.metric === m && c.province === p)!)) })),
    },
    csvRows: rowsOf(figures),
  };
}

function mapFigure(data: SiteData): ChartFigure {
  const id = "bd-ban-do";
  const slots = colourSlots(data.provinces);
  const provinces = sortProvinces(data.provinces);
  const coords = (p: Province) => `${formatNumber(p.coordinates.lat)}° B, ${formatNumber(p.coordinates.lon)}° Đ`;
  const after = (p: Province) => (p.after_2025.merged_with.length ? `thuộc tỉnh ${p.after_2025.province} từ 1/7/2025` : "giữ nguyên");
  const places = provinces.map((p) => ({
    name: p.name,
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    slot: slots.get(p.slug),
    href: `#${rowId(id, p.slug)}`,
    tip: { value: p.name, quote: `Tỉnh lỵ: ${p.capital}; ${coords(p)}`, source: `Sau sắp xếp năm 2025: ${after(p)}` },
  }));
  const description = `Bản đồ Việt Nam, có quần đảo Hoàng Sa và quần đảo Trường Sa, đánh dấu ${provinces.length} tỉnh: ${provinces.map((p) => `${p.name} (${coords(p)})`).join(", ")}.`;
  const draw = (width: number) => locatorMap(places, { width, label: "Vị trí các tỉnh", description });
  return {
    id,
    title: "Các tỉnh trên bản đồ",
    subtitle: `${provinces.length} tỉnh trải từ ${provinces[0]!.name} ở phía bắc đến ${provinces.at(-1)!.name} ở phía nam.`,
    description,
    panels: [{ narrow: draw(WIDTHS.narrow), wide: draw(480) }],
    notes: [
      "Mỗi chấm đặt ở vị trí gần đúng của tỉnh lỵ. Bản đồ thể hiện quần đảo Hoàng Sa và quần đảo Trường Sa của Việt Nam.",
      "Ranh giới là của các tỉnh trước khi sắp xếp năm 2025 (Nghị quyết 202/2025/QH15); cột cuối của bảng cho biết mỗi tỉnh thuộc về đâu sau đó.",
    ],
    sources: [],
    table: {
      columns: ["Tỉnh lỵ", "Tọa độ", "Sau năm 2025"],
      rows: provinces.map((p) => ({ id: rowId(id, p.slug), header: p.name, href: provinceHref(p.slug), cells: [p.capital, coords(p), after(p)] })),
    },
    csvRows: [],
  };
}

/** The note of a province page's comparison that shows only the province's neighbours (in rank, or on the map). */
function aroundNote(data: SiteData, slug: string, byPlace: boolean): string {
  const name = data.provinces.find((p) => p.slug === slug)?.name ?? slug;
  const around = byPlace ? `gần ${name} nhất theo thứ tự bắc–nam (số này không xếp hạng được)` : `đứng quanh ${name} trong thứ hạng`;
  return `Biểu đồ chỉ hiện tối đa ${AROUND} tỉnh ${around}; đủ ${data.provinces.length} tỉnh ở trang so sánh.`;
}

/** "Chỉ Hà Tĩnh nêu …", "3 trong 4 tỉnh nêu …; Hà Tĩnh không báo cáo." — the takeaway of a bar chart. */
function whoReported(rows: readonly Datum[], what: string): string {
  const stated = rows.filter((d) => d.figure).map((d) => d.province.name);
  const missing = rows.filter((d) => !d.figure).map((d) => d.province.name);
  if (stated.length === 0) return `Không tỉnh nào nêu ${what}.`;
  if (stated.length === 1) return `Chỉ ${stated[0]} nêu ${what}.`;
  return `${stated.length} trong ${rows.length} tỉnh nêu ${what}${missing.length ? `; ${missing.join(", ")} không báo cáo` : ""}.`;
}

function modelNotes(data: SiteData): string[] {
  const notes = sortProvinces(data.provinces).flatMap((p) => {
    const note = data.figures.get(figureKey(p.slug, "models"))?.rows.find((r) => r.note)?.note;
    return note ? [`${p.name}: ${note}`] : [];
  });
  return ["Không so sánh trực tiếp: mỗi tỉnh đếm một loại mô hình khác nhau.", ...notes];
}

function qualifierNotes(figures: readonly (Figure | undefined)[]): string[] {
  const used = new Set(figures.flatMap((f) => (f && f.qualifier !== "exact" ? [f.qualifier] : [])));
  return [...used].map((q) => `“${QUALIFIER_MEANINGS[q].label}”: ${QUALIFIER_MEANINGS[q].meaning}`);
}

function barTable(id: string, rows: readonly Datum[], sources: ReadonlyMap<string, Source>, withMetric: boolean): DataTable {
  return {
    columns: TABLE_COLUMNS,
    rows: rows.map((d) => ({ id: rowId(id, d.key), header: withMetric ? `${d.province.name} — ${d.metric.label_vi}` : d.province.name, cells: provenanceCells(d.label, d.figure, sources) })),
  };
}

function provenanceCells(label: string, figure: Figure | undefined, sources: ReadonlyMap<string, Source>): string[] {
  return awardCells(label, figure ? [figure] : [], sources);
}

/** Value, the sources' words and the articles for one or more figures drawn as one mark (a stacked award bar). */
function awardCells(label: string, figures: readonly Figure[], sources: ReadonlyMap<string, Source>): string[] {
  const rows = figures.flatMap((f) => f.rows);
  return [label, unique(rows.map((r) => `“${r.quote}”`)).join(" / "), unique(rows.map((r) => sourceCitation(sources.get(r.source)!))).join(" / ")];
}

function rowsOf(figures: readonly (Figure | undefined)[]): Result[] {
  return figures.flatMap((f) => f?.rows ?? []);
}

function sourceIds(figures: readonly (Figure | undefined)[]): string[] {
  return unique(rowsOf(figures).map((r) => r.source));
}

function sourceMap(data: SiteData): Map<string, Source> {
  return new Map(data.sources.map((s) => [s.id, s]));
}

function metricOf(data: SiteData, id: string): Metric {
  const metric = data.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric "${id}" in data/metrics.csv`);
  return metric;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
