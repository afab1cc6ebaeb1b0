import { describe, expect, it } from "vitest";
import { targets, type Scale } from "../../scripts/lib/benchTargets.ts";
import type { PageWeight } from "../../scripts/lib/pageWeight.ts";

const scale = (provinces: number, pages: number, seconds: number, warmSeconds: number): Scale => ({ provinces, pages, seconds, msPerPage: (seconds * 1000) / pages, warmSeconds });
const page = (name: string, gzip: number) => ({ page: name, total: { raw: gzip * 3, gzip } }) as PageWeight;

describe("the bench's targets", () => {
  it("are met when every measure is within its limit, with the ratio of measured to allowed", () => {
    const [ms, warm, growth, weights] = targets([scale(63, 400, 8, 3), scale(630, 4000, 80, 30)], [page("/", 100), page("a/", 50)], [page("/", 100), page("a/", 60)]);
    expect(ms).toMatchObject({ ratio: 0.8, met: true }); // 20 ms of 25
    expect(warm).toMatchObject({ ratio: 0.94, met: true }); // 37.5 % of 40 %
    expect(growth).toMatchObject({ ratio: 0.95, met: true }); // 10 × of 10.5 ×
    expect(weights).toMatchObject({ ratio: 1, met: true, measured: "0 of 2 heavier" });
  });

  it("are not met when a measure is over its limit, and say which pages got heavier", () => {
    const [ms, warm, growth, weights] = targets([scale(63, 400, 40, 20), scale(630, 4000, 440, 100)], [page("/", 102), page("a/", 50)], [page("/", 100), page("a/", 50)]);
    expect(ms).toMatchObject({ ratio: 4, met: false });
    expect(warm).toMatchObject({ ratio: 1.25, met: false });
    expect(growth).toMatchObject({ ratio: 1.05, met: false });
    expect(weights).toMatchObject({ ratio: 1.02, met: false, measured: "1 of 2 heavier (/ +2 B)" });
  });

  it("leave a target unjudged when the bench did not measure it (no 630 build, no earlier run)", () => {
    const [, , growth, weights] = targets([scale(63, 400, 8, 3)], [page("/", 100)], undefined);
    expect(growth!.met).toBeUndefined();
    expect(weights!.met).toBeUndefined();
  });
});
