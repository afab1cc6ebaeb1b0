import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearLeftovers } from "../../scripts/lib/publishDist.ts";
import { copyProject, ROOT, runScript } from "../helpers/project.ts";

/** Every file of a folder with its bytes, as a string to compare. */
function snapshot(dir: string, root = dir): string {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? snapshot(full, root) : `${relative(root, full)}:${readFileSync(full).toString("base64")}`;
    })
    .join("\n");
}

/** What a killed or failed build may leave in .cache/: build folders, links, and sites dist/ no longer shows. */
const leftovers = (root: string) => readdirSync(join(root, ".cache")).filter((n) => /^(build|dist-old|dist-link)-/.test(n));

// A process id no process has (Linux caps them far lower), for folders of a build that was killed.
const DEAD = 2 ** 30;

describe("npm run build", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const build = (env: Record<string, string> = {}, args: string[] = []) => runScript(project.dir, "scripts/build.ts", args, { env });

  it("clears what killed builds left, puts a finished site in dist/, and a failed build leaves that site untouched", () => {
    for (const stale of [`build-${DEAD}`, `site-${DEAD}-1`, `dist-link-${DEAD}`]) {
      mkdirSync(join(project.dir, ".cache", stale), { recursive: true });
      writeFileSync(join(project.dir, ".cache", stale, "index.html"), "half a site");
    }
    expect(build().status).toBe(0);
    expect(readdirSync(join(project.dir, ".cache")).filter((n) => n.includes(String(DEAD)))).toEqual([]);
    expect(lstatSync(join(project.dir, "dist")).isSymbolicLink()).toBe(true);
    const before = snapshot(join(project.dir, "dist"));
    expect(before).toContain("so-sanh/index.html");

    project.write("data/results/ha-tinh.csv", project.read("data/results/ha-tinh.csv").replace("366,over", "366,more"));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('data/results/ha-tinh.csv:2:23 "more" is not a qualifier');
    expect(failed.stderr).toContain("dist/ still holds the previous site, unchanged");
    expect(`${failed.stdout}${failed.stderr}`).not.toMatch(/Stack trace|^\s+at /m);
    expect(snapshot(join(project.dir, "dist"))).toBe(before);
    expect(leftovers(project.dir)).toEqual([]);
  });

  it("killed as it swaps the new site in, leaves dist/ the new site, complete, and the next build clears the rest", () => {
    project.write("data/results/ha-tinh.csv", project.read("data/results/ha-tinh.csv").replace("366,more", "366,over"));
    const before = snapshot(join(project.dir, "dist"));
    // The data is as the site dist/ shows was built from: --force, or the build would stop as up to date.
    const killed = build({ BUILD_KILL_AT: "swapped" }, ["--force"]);
    expect(killed.signal).toBe("SIGKILL");
    expect(snapshot(join(project.dir, "dist"))).toBe(before); // the same data builds the same site
    const sites = readdirSync(join(project.dir, ".cache")).filter((n) => n.startsWith("site-"));
    expect(sites).toHaveLength(2); // the new one dist/ shows, and the old one the killed build had no time to remove
    expect(clearLeftovers(project.dir)).toHaveLength(1);
    expect(snapshot(join(project.dir, "dist"))).toBe(before);
  });
});

describe("the swap of dist/", () => {
  const root = mkdtempSync(join(tmpdir(), "c09-swap-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const swap = join(ROOT, "scripts/lib/publishDist.ts");

  /** A built site of many files, each naming its build, so a half-swapped dist/ would show. */
  const site = (name: string) => {
    const dir = join(root, ".cache", `build-${name}`);
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(dir, `p${i}`), { recursive: true });
      writeFileSync(join(dir, `p${i}`, "index.html"), name);
    }
    return dir;
  };
  /** Publishes a built folder in a child process, killed at `point` (or not at all). */
  const publish = (built: string, point = "") =>
    spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `const { publishDist } = await import(${JSON.stringify(swap)}); publishDist(${JSON.stringify(root)}, ${JSON.stringify(built)}, (p) => { if (p === ${JSON.stringify(point)}) process.kill(process.pid, "SIGKILL"); });`],
      { encoding: "utf8" },
    );
  /** What dist/ shows: the one build all its files name, or "mixed"/"none". */
  const shown = () => {
    const dist = join(root, "dist");
    if (!existsSync(dist)) return "none";
    const names = new Set(readdirSync(dist).map((p) => readFileSync(join(dist, p, "index.html"), "utf8")));
    return names.size === 1 && readdirSync(dist).length === 50 ? [...names][0] : "mixed";
  };

  it("replaces a dist/ folder of an older build (a one-time move) and then swaps links", () => {
    const first = site("first");
    // dist/ as builds before this one left it: a real folder.
    spawnSync("cp", ["-r", first, join(root, "dist")]);
    expect(publish(site("second")).status).toBe(0);
    expect(shown()).toBe("second");
    expect(lstatSync(join(root, "dist")).isSymbolicLink()).toBe(true);
    rmSync(first, { recursive: true });
  });

  it.each(["built", "linked", "swapped"])("killed at %s, leaves dist/ one whole site, and the next build clears the rest", (point) => {
    const was = shown();
    const result = publish(site(`new-${point}`), point);
    expect(result.signal).toBe("SIGKILL");
    expect([was, `new-${point}`]).toContain(shown());
    expect(shown()).toBe(point === "swapped" ? `new-${point}` : was);
    const kept = shown();
    clearLeftovers(root);
    expect(shown()).toBe(kept);
    expect(readdirSync(join(root, ".cache"))).toEqual([expect.stringMatching(/^site-\d+-\d+$/)]);
  });
});
