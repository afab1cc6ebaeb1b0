import * as Plot from "@observablehq/plot";
import { geoMercator, type GeoProjection } from "d3";
import type { Feature, FeatureCollection, MultiPoint } from "geojson";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { DrawnChart } from "../lib/shape/chartModel.ts";
import type { Lang } from "../i18n/lang.ts";
import { UI } from "../i18n/ui.ts";
import { hitLayer, type Tip } from "./hitLayer.ts";
import { renderPlot } from "./renderPlot.ts";
import { placeLabels } from "./placeLabels.ts";
import { textWidth, wrapToWidth } from "./textWidth.ts";

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
  { name: UI[lang].chartWords.archipelagos[0], lat: 16.5, lon: 112 },
  { name: UI[lang].chartWords.archipelagos[1], lat: 10, lon: 114 },
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
 * Labels wrap, and go where they cover no other label or dot and stay inside the drawing. Drawn with d3-geo's Mercator; the
 * outline comes from an npm package.
 */
export function locatorMap(places: readonly Place[], options: MapOptions): DrawnChart {
  const { width, lang = "vi" } = options;
  const words = UI[lang].chartWords;
  const archipelagos = ARCHIPELAGOS(lang);
  const { projection, height } = fitted(width);
  const fontSize = width < 480 ? 13 : 14;
  const most = Math.max(1, ...places.map((p) => p.count ?? 0));
  const radius = (p: Place) => (p.count === undefined ? 6 : 4 + 8 * Math.sqrt(p.count / most));
  const label = (p: Place) => p.text ?? p.name;
  const line = Math.round(fontSize * 1.25);
  const at = (lon: number, lat: number) => projection([lon, lat])!;
  const back = (x: number, y: number) => projection.invert!([x, y])!;
  // The archipelagos' names sit centred under their circles, moved in from an edge they would cross.
  const archLines = archipelagos.flatMap((a) => {
    const lines = [a.name, words.vietnam];
    const w = Math.max(...lines.map((t) => textWidth(t, fontSize)));
    const [x, y] = at(a.lon, a.lat);
    const cx = Math.min(Math.max(x, w / 2 + 2), width - w / 2 - 2);
    return lines.map((text, i) => ({ text, x: cx, y: y + 12 + i * line + line / 2, w, first: i === 0 }));
  });
  const obstacles = [
    ...archLines.map((l) => ({ x: l.x - l.w / 2, y: l.y - line / 2, width: l.w, height: line })),
    ...places.map((p) => {
      const [x, y] = at(p.lon, p.lat);
      return { x: x - radius(p), y: y - radius(p), width: 2 * radius(p), height: 2 * radius(p) };
    }),
  ];
  // Province labels wrap to under half the width, and are placed where they cover no other label or dot.
  const wrapped = places.map((p) => wrapToWidth(label(p), width * 0.45, fontSize, true));
  const placed = placeLabels(
    places.map((p, i) => {
      const [x, y] = at(p.lon, p.lat);
      return { x, y, gap: radius(p) + 4, width: Math.max(...wrapped[i]!.map((t) => textWidth(t, fontSize, true))), height: wrapped[i]!.length * line };
    }),
    { width, height },
    obstacles,
    line,
  );
  const labelLines = placed.flatMap((b, i) =>
    wrapped[i]!.map((text, j) => ({ text, anchor: b.anchor, x: b.anchor === "start" ? b.x : b.x + b.width, y: b.y + j * line + line / 2 })),
  );
  type LabelLine = (typeof labelLines)[number];
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
        // Texts are laid out in pixels above; Plot projects x and y, so they go in as the longitude and latitude there.
        ...[true, false].map((first) =>
          Plot.text(
            archLines.filter((l) => l.first === first),
            { x: (l) => back(l.x, l.y)[0], y: (l) => back(l.x, l.y)[1], text: "text", fill: first ? "var(--fg)" : "var(--muted)", fontStyle: first ? "italic" : undefined },
          ),
        ),
        Plot.dot(places, { x: lon, y: lat, r: radius, fill: (p: Place) => `var(--prov-${p.slot})`, stroke: "var(--bg)", strokeWidth: 1.5 }),
        ...(["start", "end"] as const).map((anchor) =>
          Plot.text(
            labelLines.filter((l) => l.anchor === anchor),
            { x: (l: LabelLine) => back(l.x, l.y)[0], y: (l: LabelLine) => back(l.x, l.y)[1], text: "text", textAnchor: anchor, fontWeight: 600, fill: "var(--fg)", stroke: "var(--bg)", strokeWidth: 3, paintOrder: "stroke" },
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
