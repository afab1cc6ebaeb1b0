import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pngWorkers } from "../../src/charts/pngWorkers.ts";

// Without the disk cache, so both paths really draw (a cached entry would make the comparison below vacuous).
process.env.PNG_CACHE = "0";
const { toPng, toPngAsync } = await import("../../src/charts/toPng.ts");

// Text in every weight and style the charts use, with Vietnamese letters: what differs first if the threads
// drew with other fonts or options than the main thread.
const svg = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80">
<rect width="200" height="80" fill="#fff"/><rect x="${n}" y="50" width="40" height="20" fill="#3b6"/>
<text x="4" y="18" font-size="14">Hà Tĩnh ${n}</text><text x="4" y="34" font-size="14" font-weight="700">Bình Thuận</text>
<text x="4" y="48" font-size="12" font-style="italic" font-weight="600">Thái Nguyên — khoảng</text></svg>`;

describe("PNGs drawn in worker threads", () => {
  it("are byte for byte the PNGs the main thread draws, several at once, each at its width", async () => {
    const inputs = [0, 1, 2, 3].map((n) => [svg(n * 10), 200 + n * 100] as const);
    const threads = await Promise.all(inputs.map(([s, w]) => toPngAsync(s, w)));
    inputs.forEach(([s, w], i) => {
      const main = toPng(s, w);
      expect(threads[i]!.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(threads[i]!.readUInt32BE(16)).toBe(w);
      expect(threads[i]!.equals(main)).toBe(true);
    });
    // Different inputs give different drawings: the comparison above compares something.
    expect(threads[0]!.equals(threads[1]!)).toBe(false);
  });

  it("fail with resvg's reason when the SVG cannot be drawn", async () => {
    await expect(toPngAsync("<svg this is not xml", 100)).rejects.toThrow(/resvg could not draw/);
  });
});

describe("a PNG drawing thread that has ended", () => {
  it("fails the drawing it had and every later one, instead of leaving the build waiting", async () => {
    // A resvg "module" whose Resvg ends the thread mid-drawing, as a crash in the native code would.
    const fake = join(mkdtempSync(join(tmpdir(), "resvg-crash-")), "resvg.cjs");
    writeFileSync(fake, "exports.Resvg = class { constructor() { process.exit(3); } };");
    const pool = pngWorkers(fake, {}, 1);
    await expect(pool.run({ svg: "<svg/>", width: 10 })).rejects.toThrow(/stopped \(exit code 3\)/);
    await expect(pool.run({ svg: "<svg/>", width: 10 })).rejects.toThrow(/stopped \(exit code 3\)/);
    pool.stop();
  });
});
