import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, copyProject } from "../helpers/project.ts";

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

describe("npm run build", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const build = () => spawnSync(process.execPath, ["scripts/build.ts"], { cwd: project.dir, encoding: "utf8", env: cleanEnv() });

  it("puts a finished site in dist/, and a failed build leaves that site untouched", () => {
    expect(build().status).toBe(0);
    const before = snapshot(join(project.dir, "dist"));
    expect(before).toContain("so-sanh/index.html");

    project.write("data/results/ha-tinh.csv", project.read("data/results/ha-tinh.csv").replace("366,over", "366,more"));
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain("dist/ still holds the previous site, unchanged");
    expect(snapshot(join(project.dir, "dist"))).toBe(before);
    expect(readdirSync(join(project.dir, ".cache")).filter((n) => n.startsWith("build-") || n.startsWith("dist-old-"))).toEqual([]);
  });
});
