import type { Metric, Province, Result } from "../data/model.ts";
import type { Figure } from "./figures.ts";

/** One province's value for one metric as a chart draws it; `figure` is undefined where nothing was reported. */
export interface Datum {
  /** Unique within a chart figure; the id of its table row. */
  key: string;
  province: Province;
  /** The province's colour slot, the same on every chart (see colourSlots). */
  slot: number;
  metric: Metric;
  figure?: Figure;
  /** The value as readers see it: "trên 366", "có, không nêu số lượng", "không báo cáo". */
  label: string;
  /** True for the province a page is about: outlined, with its name in bold. */
  highlight?: boolean;
}

/** A chart's data as an accessible table, whose rows are the chart's marks in the same order. */
export interface DataTable {
  columns: string[];
  /** Language of each column's cells where it differs from the page's (the sources' Vietnamese words on English pages). */
  cellLangs?: (string | undefined)[];
  rows: { id: string; header: string; /** Where the row's header links, if anywhere. */ href?: string; cells: string[] }[];
}

/** What a figure shows: the words around the chart, the table and the rows of its CSV download. */
export interface ChartFigure {
  /** Stable id: the anchor on the page and the name of the CSV download. */
  id: string;
  title: string;
  /** The takeaway, in one plain sentence. */
  subtitle: string;
  /** Accessible description of what is drawn, naming every province and value. */
  description: string;
  panels: ChartPanel[];
  /** Swatches to explain colours that do not stand for provinces. */
  legend?: { label: string; colour: string }[];
  /** Only the notes that change how to read this chart (what differs, what is left out, what a qualifier means). */
  notes: string[];
  /** The measures drawn, for links to their definitions on the method page. */
  definitions: { id: string; label: string }[];
  /** Ids of the articles the figure draws on. */
  sources: string[];
  table: DataTable;
  /** The editor's rows behind the marks, one per article that states a drawn value. */
  csvRows: Result[];
}

/** One drawing of a figure, in a narrow and a wide version that the stylesheet switches between. */
export interface ChartPanel {
  /** Heading of the panel when a figure has several. */
  label?: string;
  narrow: DrawnChart;
  wide: DrawnChart;
  /** A third drawing for the wide measure (shown from 960 px), for a figure that lays out differently there. */
  widest?: DrawnChart;
}

/** A chart drawn to SVG, with a layer of links over its marks for keyboard and pointer. */
export interface DrawnChart {
  /** The graphic: <svg role="img"> with its accessible name and description. */
  svg: string;
  /** The overlay: an <svg> of transparent link areas, one per mark, pointing at the mark's table row. */
  hits: string;
  /** True when the drawing is wider than its column and must scroll sideways inside its frame. */
  scroll?: boolean;
}

/** Sorts bar data the way readers compare: largest stated value first, then given-without-count, then not reported. */
export function byValue(a: Datum, b: Datum): number {
  const rank = (d: Datum) => (d.figure ? (d.figure.value === null ? 1 : 0) : 2);
  return rank(a) - rank(b) || (b.figure?.value ?? 0) - (a.figure?.value ?? 0) || a.province.name.localeCompare(b.province.name, "vi");
}
