import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toPng } from "../../charts/toPng.ts";

/** PNG icons drawn from public/favicon.svg, in px: for iOS home screens (180) and the web manifest (192, 512). */
const ICON_SIZES = { "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512 } as const;

export const getStaticPaths = (() => Object.keys(ICON_SIZES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync(join(process.cwd(), "public/favicon.svg"), "utf8");
  return new Response(new Uint8Array(toPng(svg, ICON_SIZES[params.name as keyof typeof ICON_SIZES])), { headers: { "Content-Type": "image/png" } });
};
