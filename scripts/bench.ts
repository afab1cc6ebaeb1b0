// npm run bench: how long the site takes to build (from nothing, again with nothing changed, and after one story
// changed), what each page costs a reader, and how the build grows with the number of provinces; then the
// issue-14 targets, each as a ratio of measured to allowed (at most 1 is met). Prints a table and writes
// bench/results.json. Timings vary on a shared machine (read the medians); bytes do not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { builtPages } from "../src/site/builtPages.ts";
import { siteBuild } from "./lib/astroBuild.ts";
import { copyProject } from "./lib/copyProject.ts";
import { pageWeight, type PageWeight } from "./lib/pageWeight.ts";
import { writeSyntheticProvinces } from "./lib/synthetic.ts";
import { targets, type Scale } from "./lib/benchTargets.ts";
import { childCpuSeconds } from "./lib/childCpu.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALES = (process.env.BENCH_SCALES ?? "34,63,630").split(",").map(Number);
const RESULTS = "bench/results.json";
// How busy the machine was (1-minute load average; 2 means both cores busy): wall times are only comparable
// between runs on an equally loaded machine.
const loadBefore = loadavg()[0]!;

// CPU seconds of each build, beside its wall time: on a machine whose cores other work shares, wall time
// grows with that work, CPU time barely does.
const cpu: number[] = [];
/**
 * Builds a project copy as `npm run build` does and returns the wall time in seconds (this script's one use of a
 * clock: measuring).
 */
function timedBuild(dir: string, env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const cpuBefore = childCpuSeconds();
  const build = siteBuild(dir, env);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  const cpuAfter = childCpuSeconds();
  cpu.push(cpuBefore === undefined || cpuAfter === undefined ? NaN : cpuAfter - cpuBefore);
  return Number(process.hrtime.bigint() - start) / 1e9;
}
/** The CPU seconds of the build timed last (NaN without /proc). */
const lastCpu = () => round(cpu.at(-1)!, 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => (n / 1024).toFixed(1);
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

// The last run's page weights, to say whether any page got heavier since.
const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as { pages?: PageWeight[] }).pages : undefined;

// The real site: each cold build in a fresh copy (an empty .cache/, as on a new clone or CI), then one more
// build of the last copy with nothing changed (which finds dist/ up to date and stops).
const cold: number[] = [];
const coldCpu: number[] = [];
let warm = 0;
let warmCpu = 0;
let pages: PageWeight[] = [];
for (let run = 0; run < RUNS; run++) {
  const real = copyProject();
  try {
    cold.push(timedBuild(real.dir));
    coldCpu.push(lastCpu());
    console.log(`the real site, run ${run + 1}: ${round(cold.at(-1)!)} s from nothing (CPU ${coldCpu.at(-1)} s)`);
    if (run === RUNS - 1) {
      warm = timedBuild(real.dir);
      warmCpu = lastCpu();
      const dist = join(real.dir, "dist");
      pages = builtPages(dist).map((p) => pageWeight(dist, p));
    }
  } finally {
    real.remove();
  }
}

// Synthetic provinces: a cold build, then the same with nothing changed, then with one sentence of one story
// changed (an editor's usual rebuild: everything is built again but the PNGs, which come from the cache).
const scale: Scale[] = SCALES.map((provinces) => {
  const copy = copyProject();
  try {
    writeSyntheticProvinces(copy.dir, provinces);
    // Their articles are in the copy's own archive/, which the build verifies them against, wherever ARCHIVE_DIR points.
    const archived = { ARCHIVE_DIR: join(copy.dir, "archive") };
    const build = () => timedBuild(copy.dir, archived);
    const seconds = build();
    const cpuSeconds = lastCpu();
    const count = builtPages(join(copy.dir, "dist")).length;
    // The rebuilds are measured up to 63 provinces (the target's size): at 630 they would add minutes.
    let [warmSeconds, warmCpuSeconds, editedSeconds] = [NaN, NaN, NaN];
    if (provinces <= 63) {
      warmSeconds = build();
      warmCpuSeconds = lastCpu();
      const story = "content/provinces/tinh-thu-1.mdx"; // the first synthetic province (they replace the real ones)
      copy.write(story, `${copy.read(story).trimEnd()}\n\nMột câu thêm ở cuối bài.\n`);
      editedSeconds = build();
    }
    // Said as soon as measured: the largest size takes minutes.
    console.log(`${provinces} provinces: ${count} pages, ${round(seconds)} s from nothing (CPU ${cpuSeconds} s), ${round(warmSeconds)} s with nothing changed (CPU ${warmCpuSeconds} s), ${round(editedSeconds)} s with one story edited`);
    return { provinces, pages: count, seconds: round(seconds), msPerPage: round((seconds * 1000) / count, 1), warmSeconds: round(warmSeconds), editedSeconds: round(editedSeconds), cpuSeconds, warmCpuSeconds };
  } finally {
    copy.remove();
  }
});

const checks = targets(scale, pages, previous);
const results = {
  machine: { node: process.version, cpus: cpus().length, loadAverage: [round(loadBefore, 1), round(loadavg()[0]!, 1)] },
  build: { runs: cold.map((t) => round(t)), medianSeconds: round(median(cold)), cpuSeconds: coldCpu, warmSeconds: round(warm), warmCpuSeconds: warmCpu },
  pages,
  scale,
  targets: checks,
};
mkdirSync("bench", { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

console.log(`Machine: ${results.machine.cpus} cores, load average ${results.machine.loadAverage.join(" at the start, ")} at the end\n`);
console.log(
  `Build of the real site: median ${results.build.medianSeconds} s over ${RUNS} cold runs (${results.build.runs.join(", ")} s; CPU ${coldCpu.join(", ")} s); again with nothing changed: ${results.build.warmSeconds} s (CPU ${warmCpu} s)\n`,
);
console.log("page                          HTML gz  (SVG gz)  CSS gz  JS gz  fonts  images  TOTAL gz (raw)     requests  render-blocking");
for (const p of pages) {
  console.log(
    `${p.page.padEnd(28)} ${kb(p.html.gzip).padStart(7)}  (${kb(p.svg.gzip).padStart(6)})  ${kb(p.css.gzip).padStart(6)}  ${kb(p.js.gzip).padStart(5)}  ${kb(p.fonts.gzip).padStart(5)}  ${kb(p.images.gzip).padStart(6)}  ${kb(p.total.gzip).padStart(8)} (${kb(p.total.raw).padStart(6)})  ${String(p.requests).padStart(8)}  ${p.blocking.length} (${p.blocking.join(", ")})`,
  );
}
console.log("\n(KB = 1024 bytes)\n\nprovinces  pages  cold s  ms/page  (CPU s)  unchanged s  (of cold)  (CPU s)  one story edited s");
for (const s of scale) {
  const num = (n: number | undefined, width: number) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1)).padStart(width);
  const share = Number.isNaN(s.warmSeconds) ? "–" : `${Math.round((100 * s.warmSeconds) / s.seconds)} %`;
  console.log(
    `${String(s.provinces).padStart(9)}  ${String(s.pages).padStart(5)}  ${num(s.seconds, 6)}  ${num(s.msPerPage, 7)}  ${num(s.cpuSeconds, 7)}  ${num(s.warmSeconds, 11)}  ${share.padStart(9)}  ${num(s.warmCpuSeconds, 7)}  ${num(s.editedSeconds, 18)}`,
  );
}
console.log("\ntarget                                              measured     allowed   ratio  ");
for (const c of checks) {
  console.log(`${c.name.padEnd(50)} ${c.measured.padStart(9)}  ${c.allowed.padStart(10)}  ${c.ratio === undefined ? "   –" : c.ratio.toFixed(2).padStart(5)}  ${c.met === undefined ? "not measured" : c.met ? "met" : "NOT met"}`);
}
