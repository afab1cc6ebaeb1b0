// npm run bench: how long the site takes to build, what each page costs a reader, and how the build grows
// with the number of provinces. Prints a table and writes bench/results.json. Timings vary on a shared
// machine (read the medians); bytes do not.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { builtPages } from "../src/site/builtPages.ts";
import { astroBuild } from "./lib/astroBuild.ts";
import { copyProject } from "./lib/copyProject.ts";
import { pageWeight, type PageWeight } from "./lib/pageWeight.ts";
import { writeSyntheticProvinces } from "./lib/synthetic.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALES = (process.env.BENCH_SCALES ?? "34,63,630").split(",").map(Number);

/** Builds a project copy and returns the wall time in seconds (this script's one use of a clock: measuring). */
function timedBuild(dir: string): number {
  const start = process.hrtime.bigint();
  const build = astroBuild(dir);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => (n / 1024).toFixed(1);

const real = copyProject();
let times: number[] = [];
let pages: PageWeight[] = [];
try {
  times = Array.from({ length: RUNS }, () => timedBuild(real.dir));
  const dist = join(real.dir, "dist");
  pages = builtPages(dist).map((p) => pageWeight(dist, p));
} finally {
  real.remove();
}

const scale = SCALES.map((provinces) => {
  const copy = copyProject();
  try {
    writeSyntheticProvinces(copy.dir, provinces);
    const seconds = timedBuild(copy.dir);
    const count = builtPages(join(copy.dir, "dist")).length;
    return { provinces, pages: count, seconds, msPerPage: (seconds * 1000) / count };
  } finally {
    copy.remove();
  }
});

const results = {
  machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
  build: { runs: times.map((t) => Number(t.toFixed(2))), medianSeconds: Number(median(times).toFixed(2)) },
  pages,
  scale: scale.map((s) => ({ ...s, seconds: Number(s.seconds.toFixed(2)), msPerPage: Number(s.msPerPage.toFixed(1)) })),
};
mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

console.log(`Build of the real site: median ${results.build.medianSeconds} s over ${RUNS} runs (${results.build.runs.join(", ")} s)\n`);
console.log("page                          HTML gz  (SVG gz)  CSS gz  JS gz  fonts  images  TOTAL gz (raw)     requests  render-blocking");
for (const p of pages) {
  console.log(
    `${p.page.padEnd(28)} ${kb(p.html.gzip).padStart(7)}  (${kb(p.svg.gzip).padStart(6)})  ${kb(p.css.gzip).padStart(6)}  ${kb(p.js.gzip).padStart(5)}  ${kb(p.fonts.gzip).padStart(5)}  ${kb(p.images.gzip).padStart(6)}  ${kb(p.total.gzip).padStart(8)} (${kb(p.total.raw).padStart(6)})  ${String(p.requests).padStart(8)}  ${p.blocking.length} (${p.blocking.join(", ")})`,
  );
}
console.log("\n(KB = 1024 bytes)\n\nprovinces  pages  build s  ms/page");
for (const s of results.scale) console.log(`${String(s.provinces).padStart(9)}  ${String(s.pages).padStart(5)}  ${s.seconds.toFixed(1).padStart(7)}  ${s.msPerPage.toFixed(1).padStart(7)}`);
const [, at63, at630] = results.scale;
if (at63 && at630) console.log(`\n630 provinces take ${(at630.seconds / at63.seconds).toFixed(1)}× the time of 63 (target: under 10×).`);
