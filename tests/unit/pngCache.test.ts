import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { pngCache } from "../../src/charts/pngCache.ts";

describe("the PNG cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "png-cache-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const png = (n: number) => Buffer.from(`\x89PNG drawing ${n}`);

  it("draws once per distinct input, and serves the stored drawing after", () => {
    const cache = pngCache(dir);
    let draws = 0;
    const draw = () => png(++draws);
    expect(cache.get(["<svg a/>", "w 10"], draw)).toEqual(png(1));
    expect(cache.get(["<svg a/>", "w 10"], draw)).toEqual(png(1));
    expect(cache.get(["<svg a/>", "w 20"], draw)).toEqual(png(2));
    expect(draws).toBe(2);
  });

  it("never serves a damaged entry: a corrupt or truncated one is drawn again", () => {
    const cache = pngCache(dir);
    cache.get(["<svg b/>"], () => png(1));
    const [entry] = readdirSync(dir);
    const bytes = readFileSync(join(dir, entry!));
    for (const damaged of [Buffer.concat([bytes.subarray(0, -1), Buffer.from("X")]), bytes.subarray(0, 20), Buffer.alloc(0)]) {
      writeFileSync(join(dir, entry!), damaged);
      expect(cache.get(["<svg b/>"], () => png(7))).toEqual(png(7));
    }
  });

  it("draws every time without a folder", () => {
    let draws = 0;
    const cache = pngCache(undefined);
    cache.get(["x"], () => png(++draws));
    cache.get(["x"], () => png(++draws));
    expect(draws).toBe(2);
  });
});

describe("the PNG cache, for drawings made in worker threads", () => {
  const dir = mkdtempSync(join(tmpdir(), "png-cache-async-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const png = (n: number) => Buffer.from(`\x89PNG drawing ${n}`);

  it("shares the entries of the synchronous path, and draws a key asked for twice at once only once", async () => {
    const cache = pngCache(dir);
    let draws = 0;
    const draw = () => Promise.resolve(png(++draws));
    const [a, b] = await Promise.all([cache.getAsync(["<svg c/>"], draw), cache.getAsync(["<svg c/>"], draw)]);
    expect([a, b]).toEqual([png(1), png(1)]);
    expect(cache.get(["<svg c/>"], () => png(99))).toEqual(png(1));
    expect(await cache.getAsync(["<svg c/>"], draw)).toEqual(png(1));
    expect(draws).toBe(1);
  });

  it("never serves a damaged entry, and stores nothing when the drawing fails", async () => {
    const cache = pngCache(dir);
    await cache.getAsync(["<svg d/>"], () => Promise.resolve(png(1)));
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), readFileSync(join(dir, entry!)).subarray(0, 40));
    expect(await cache.getAsync(["<svg d/>"], () => Promise.resolve(png(2)))).toEqual(png(2));
    await expect(cache.getAsync(["<svg e/>"], () => Promise.reject(new Error("resvg failed")))).rejects.toThrow("resvg failed");
    expect(readdirSync(dir)).toHaveLength(1);
    // A failed drawing is not remembered: the next ask draws again.
    expect(await cache.getAsync(["<svg e/>"], () => Promise.resolve(png(3)))).toEqual(png(3));
  });
});
