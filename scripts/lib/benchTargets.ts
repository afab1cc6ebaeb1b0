import type { PageWeight } from "./pageWeight.ts";

/** One synthetic build size as the bench measured it: pages, cold seconds, ms a page, seconds with nothing changed. */
export interface Scale {
  provinces: number;
  pages: number;
  seconds: number;
  msPerPage: number;
  warmSeconds: number;
  /** Seconds of a rebuild after one sentence of one story changed (not a target: what an editor waits for). */
  editedSeconds?: number;
  /** CPU seconds (user + system, every thread and child) of the cold and the unchanged build. */
  cpuSeconds?: number;
  warmCpuSeconds?: number;
}

/** One target of issue 14: what was measured, what is allowed, their ratio (at most 1 is met); undefined when not measured. */
export interface Target {
  name: string;
  measured: string;
  allowed: string;
  ratio?: number;
  met?: boolean;
}

// Issue 14's targets: ms a page for 63 provinces built from nothing; an unchanged rebuild as a share of that
// build; 630 provinces as a multiple of 63 (9.6× the pages, so a near-flat cost a page); page weights.
const MS_PER_PAGE = 25;
const WARM_SHARE = 0.4;
const GROWTH = 10.5;

/**
 * The targets checked against one bench run: `scale` from the synthetic builds, `pages` the real site's page
 * weights, `previous` the page weights of the run before (no page may weigh more, gzipped, than it did then).
 */
export function targets(scale: readonly Scale[], pages: readonly PageWeight[], previous: readonly PageWeight[] | undefined): Target[] {
  const at = (n: number) => scale.find((s) => s.provinces === n);
  const ratio = (measured: number, allowed: number) => ({ ratio: Number((measured / allowed).toFixed(2)), met: measured <= allowed });
  const [s63, s630] = [at(63), at(630)];
  const before = new Map(previous?.map((p) => [p.page, p.total.gzip]));
  const compared = pages.filter((p) => before.has(p.page));
  const heavier = compared.filter((p) => p.total.gzip > before.get(p.page)!);
  const bytes = (p: PageWeight) => `${p.page} +${p.total.gzip - before.get(p.page)!} B`;
  // A target's name and allowed value, with what was measured (a text, and measured ÷ allowed) when it was.
  const target = (name: string, allowed: string, measured?: [text: string, value: number, limit: number]): Target =>
    measured ? { name, measured: measured[0], allowed, ...ratio(measured[1], measured[2]) } : { name, measured: "–", allowed };
  return [
    target("63 provinces from nothing: ms a page", `${MS_PER_PAGE} ms`, s63 && [`${s63.msPerPage.toFixed(1)} ms`, s63.msPerPage, MS_PER_PAGE]),
    target("63 provinces, nothing changed: share of cold", `${WARM_SHARE * 100} %`, s63 && [`${Math.round((100 * s63.warmSeconds) / s63.seconds)} %`, s63.warmSeconds / s63.seconds, WARM_SHARE]),
    target("630 provinces: multiple of the 63 build", `${GROWTH} ×`, s63 && s630 && [`${(s630.seconds / s63.seconds).toFixed(1)} ×`, s630.seconds / s63.seconds, GROWTH]),
    target(
      "page weights: heaviest page against last run",
      "none heavier",
      compared.length ? [`${heavier.length} of ${compared.length} heavier${heavier.length ? ` (${heavier.slice(0, 3).map(bytes).join(", ")})` : ""}`, Math.max(...compared.map((p) => p.total.gzip / before.get(p.page)!)), 1] : undefined,
    ),
  ];
}
