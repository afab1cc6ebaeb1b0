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
import { CHART_WORDS } from "./chartWords.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";

/** A place on the map: a province (with its colour slot) or an archipelago (no slot). */
export interface Place {
  name: string;
  lat: number;
  lon: number;
  slot?: number;
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
 * A locator map of Vietnam with a dot for each province and the Hoàng Sa and Trường Sa archipelagos named,
 * as Vietnamese maps show them. Drawn with d3-geo's Mercator; the outline comes from an npm package.
 */
export function locatorMap(places: readonly Place[], options: MapOptions): DrawnChart {
  const { width, lang = "vi" } = options;
  const words = CHART_WORDS[lang];
  const archipelagos = ARCHIPELAGOS(lang);
  const { projection, height } = fitted(width);
  const fontSize = width < 480 ? 12 : 13;
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
      marks: [
        Plot.geo(neighbours, { fill: "var(--panel)", stroke: "var(--line)", strokeWidth: 0.6, clip: "frame" }),
        Plot.geo(vietnam, { fill: "var(--cov-yes)", stroke: "var(--line-strong)", strokeWidth: 0.8 }),
        Plot.dot(archipelagos, { x: lon, y: lat, r: 9, stroke: "var(--line-strong)", strokeDasharray: "2,2", fill: "none" }),
        Plot.text(archipelagos, { x: lon, y: lat, text: "name", dy: 18, fill: "var(--fg)", fontStyle: "italic" }),
        Plot.text(archipelagos, { x: lon, y: lat, text: () => words.vietnam, dy: 18 + fontSize * 1.15, fill: "var(--muted)" }),
        Plot.dot(places, { x: lon, y: lat, r: 6, fill: (p: Place) => `var(--prov-${p.slot})`, stroke: "var(--bg)", strokeWidth: 1.5 }),
        Plot.text(places, { x: lon, y: lat, text: "name", dx: 10, textAnchor: "start", fontWeight: 600, fill: "var(--fg)", stroke: "var(--bg)", strokeWidth: 3, paintOrder: "stroke" }),
      ],
    },
    fontSize,
  );
  const hits = places.map((p) => {
    const [cx, cy] = projection([p.lon, p.lat])!;
    return { href: p.href ?? "#", label: `${p.name}. ${words.seeDetails}`, tip: p.tip ?? { value: p.name }, x: cx - 12, y: cy - 12, width: 24, height: 24 };
  });
  return { svg: chart.svg, hits: hitLayer(width, height, `${options.label}: ${words.pickProvince}`, hits) };
}
