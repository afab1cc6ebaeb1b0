import * as Plot from "@observablehq/plot";
import { geoMercator, type GeoProjection } from "d3";
import type { Feature, FeatureCollection, MultiPoint } from "geojson";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Province } from "../lib/data/model.ts";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { CHART_WORDS } from "../i18n/chartWords.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";
import { textWidth } from "./textWidth.ts";

/** A place on the map: a province (with its colour slot) or an archipelago (no slot). */
export interface Place {
  name: string;
  lat: number;
  lon: number;
  slot?: number;
  /** How many measures the province reported: the dot's area grows with it. */
  count?: number;
  /** The label next to the dot; the name by default. */
  text?: string;
  href?: string;
  tip?: Tip;
}

/** How to draw: width in px, accessible name and description. */
export interface MapOptions {
  width: number;
  label: string;
  description: string;
  /** Language of the words the map draws; Vietnamese by default. */
  lang?: Lang;
}

/** The archipelagos Vietnamese maps always show; positions from the newsroom's reference notes (about 16.5°N 112°E, 10°N 114°E). */
export const ARCHIPELAGOS = (lang: Lang = "vi"): readonly Place[] => [
  { name: CHART_WORDS[lang].archipelagos[0], lat: 16.5, lon: 112 },
  { name: CHART_WORDS[lang].archipelagos[1], lat: 10, lon: 114 },
];

// The frame: mainland Vietnam and both archipelagos, in degrees (west, south, east, north).
const FRAME: Feature<MultiPoint> = {
  type: "Feature",
  properties: {},
  geometry: { type: "MultiPoint", coordinates: [[101.8, 7.6], [116.2, 7.6], [116.2, 23.6], [101.8, 23.6]] },
};
const VIETNAM = "704";
const NEIGHBOURS = new Set(["156", "418", "116", "764", "608", "458", "360", "096"]);

let countries: FeatureCollection | undefined;
/** Natural Earth's 1:50m country outlines from the world-atlas package, read once per build from disk. */
function outlines(): FeatureCollection {
  if (!countries) {
    const path = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
    const topology = JSON.parse(readFileSync(path, "utf8")) as Topology;
    countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection;
  }
  return countries;
}

/** A Mercator projection fitted to the frame at the given width; also gives the map's height. */
function fitted(width: number): { projection: GeoProjection; height: number } {
  const inset = 8;
  const probe = geoMercator().fitWidth(width - 2 * inset, FRAME);
  const [[, y0], [, y1]] = [probe([101.8, 23.6])!, probe([101.8, 7.6])!];
  const height = Math.ceil(y1 - y0 + 2 * inset);
  return { projection: geoMercator().fitExtent([[inset, inset], [width - inset, height - inset]], FRAME), height };
}

/**
 * A map of Vietnam with a dot for each province the site covers, its area growing with the number of measures
 * the province reported, and the Hoàng Sa and Trường Sa archipelagos named, as Vietnamese maps show them.
 * A label goes to the dot's left where the right would leave the drawing. Drawn with d3-geo's Mercator; the
 * outline comes from an npm package.
 */
export function locatorMap(places: readonly Place[], options: MapOptions): DrawnChart {
  const { width, lang = "vi" } = options;
  const words = CHART_WORDS[lang];
  const archipelagos = ARCHIPELAGOS(lang);
  const { projection, height } = fitted(width);
  const fontSize = width < 480 ? 13 : 14;
  const most = Math.max(1, ...places.map((p) => p.count ?? 0));
  const radius = (p: Place) => (p.count === undefined ? 6 : 4 + 8 * Math.sqrt(p.count / most));
  const label = (p: Place) => p.text ?? p.name;
  const beside = (p: Place, left: boolean) => {
    const [x, y] = projection([p.lon, p.lat])!;
    return projection.invert!([x + (left ? -1 : 1) * (radius(p) + 4), y])!;
  };
  const leftward = (p: Place) => projection([p.lon, p.lat])![0] + radius(p) + 4 + textWidth(label(p), fontSize, true) > width - 2;
  const all = outlines().features;
  const vietnam = all.filter((f) => String(f.id) === VIETNAM);
  const neighbours = all.filter((f) => NEIGHBOURS.has(String(f.id)));
  const lon = (p: Place) => p.lon;
  const lat = (p: Place) => p.lat;

  const chart = renderPlot(
    {
      width,
      height,
      margin: 0,
      ariaLabel: options.label,
      ariaDescription: options.description,
      projection: () => projection,
      color: { type: "identity" },
      // Radii are worked out here (area grows with the count), so Plot's own radius scale must not rescale them.
      r: { type: "identity" },
      marks: [
        Plot.geo(neighbours, { fill: "var(--panel)", stroke: "var(--line)", strokeWidth: 0.6, clip: "frame" }),
        Plot.geo(vietnam, { fill: "var(--cov-yes)", stroke: "var(--line-strong)", strokeWidth: 0.8 }),
        Plot.dot(archipelagos, { x: lon, y: lat, r: 9, stroke: "var(--line-strong)", strokeDasharray: "2,2", fill: "none" }),
        Plot.text(archipelagos, { x: lon, y: lat, text: "name", dy: 18, fill: "var(--fg)", fontStyle: "italic" }),
        Plot.text(archipelagos, { x: lon, y: lat, text: () => words.vietnam, dy: 18 + fontSize * 1.15, fill: "var(--muted)" }),
        Plot.dot(places, { x: lon, y: lat, r: radius, fill: (p: Place) => `var(--prov-${p.slot})`, stroke: "var(--bg)", strokeWidth: 1.5 }),
        ...[false, true].map((left) =>
          Plot.text(
            places.filter((p) => leftward(p) === left),
            // Plot's dx is one number per mark; each label sits just past its own dot, so it is placed by projecting back.
            { x: (p: Place) => beside(p, left)[0], y: (p: Place) => beside(p, left)[1], text: label, textAnchor: left ? "end" : "start", fontWeight: 600, fill: "var(--fg)", stroke: "var(--bg)", strokeWidth: 3, paintOrder: "stroke" },
          ),
        ),
      ],
    },
    fontSize,
  );
  const hits = places.map((p) => {
    const [cx, cy] = projection([p.lon, p.lat])!;
    const r = Math.max(12, radius(p) + 4);
    return { href: p.href ?? "#", label: `${label(p)}. ${words.seeDetails}`, tip: p.tip ?? { value: p.name }, x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
  });
  return { svg: chart.svg, hits: hitLayer(width, height, `${options.label}: ${words.pickProvince}`, hits) };
}
