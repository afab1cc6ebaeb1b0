import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuild, copyProject, ROOT } from "../helpers/project.ts";

/** Every file below a folder, by its path relative to `root`, with its bytes. */
function files(dir: string, root = dir): Map<string, Buffer> {
  return new Map(
    readdirSync(dir).flatMap((name): [string, Buffer][] => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? [...files(full, root)] : [[relative(root, full), readFileSync(full)]];
    }),
  );
}

// Two builds of the same input, in time zones 26 hours apart and different locales, must be byte-identical.
describe("the build", () => {
  // Two separate copies, so neither build can reuse the other's caches.
  const [one, two] = [copyProject(), copyProject()];
  const [a, b] = [join(one.dir, "dist"), join(two.dir, "dist")];
  afterAll(() => [one, two].forEach((p) => p.remove()));

  /** Paths of the files whose bytes differ between two builds (or that only one has). */
  const differing = (x: Map<string, Buffer>, y: Map<string, Buffer>) =>
    [...new Set([...x.keys(), ...y.keys()])].filter((path) => !x.get(path)?.equals(y.get(path) ?? Buffer.alloc(0))).sort();

  it("gives the same bytes every time, whatever the time zone or locale, with or without the PNG cache", () => {
    // The first draws every PNG afresh; the second fills its PNG cache as it goes.
    expect(astroBuild(one.dir, a, { TZ: "Pacific/Kiritimati", LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8", PNG_CACHE: "0" }).status).toBe(0);
    expect(astroBuild(two.dir, b, { TZ: "America/Adak", LANG: "C", LC_ALL: "C" }).status).toBe(0);
    expect(differing(files(a), files(b))).toEqual([]);
  });

  it("never publishes a damaged cached PNG: every entry spoiled, the next build is still byte-identical", () => {
    const cache = join(two.dir, ".cache/png");
    const entries = readdirSync(cache);
    // One entry for each PNG the build draws: the link-preview images and the app icons.
    const drawn = [...files(b).keys()].filter((path) => /^(anh|en\/images|icons)\/[^/]+\.png$/.test(path));
    expect(drawn.length).toBeGreaterThan(10);
    expect(entries.length).toBe(drawn.length);
    // Flip one byte in the middle of each entry: the PNG a careless cache would serve as it is.
    for (const name of entries) {
      const bytes = readFileSync(join(cache, name));
      bytes[bytes.length >> 1]! ^= 0xff;
      writeFileSync(join(cache, name), bytes);
    }
    const again = join(two.dir, "dist-again");
    expect(astroBuild(two.dir, again).status).toBe(0);
    expect(differing(files(a), files(again))).toEqual([]);
  });

  it("reads no clock: the site's code never asks for the date or time", () => {
    const code = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? code(full) : /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
      });
    const clock = /\bDate\.now\(|new Date\(\s*\)|performance\.now\(|\btoLocale(Date|Time)?String\(/;
    // The benchmarks measure time on purpose; they are not part of the build.
    const offenders = [...code(join(ROOT, "src")), ...code(join(ROOT, "scripts")).filter((f) => !/bench/.test(f)), join(ROOT, "astro.config.mjs")].filter((f) => clock.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
