import { readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project.ts";

describe("npm run build, again", () => {
  const project = copyProject();
  afterAll(() => project.remove());
  const build = (...args: string[]) => runScript(project.dir, "scripts/build.ts", args);
  const shown = () => readlinkSync(join(project.dir, "dist"));

  it("stops at once when nothing it reads has changed, leaving dist/ as it was; builds with --force, or after any edit", () => {
    expect(build().status).toBe(0);
    const first = shown();

    const again = build();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("dist/ is up to date");
    expect(shown()).toBe(first);

    const forced = build("--force");
    expect(forced.status).toBe(0);
    expect(forced.stdout).not.toContain("up to date");
    expect(shown()).not.toBe(first);

    // One comma in one story: built again, and the page shows it.
    const story = "content/provinces/ha-nam.mdx";
    const text = project.read(story);
    const sentence = /^[^\n#<{-][^\n]*\.$/m.exec(text.split("---").slice(2).join("---"))![0];
    project.write(story, text.replace(sentence, `${sentence.slice(0, -1)}, nói gọn.`));
    const edited = build();
    expect(edited.status).toBe(0);
    expect(edited.stdout).not.toContain("up to date");
    expect(readFileSync(join(project.dir, "dist/tinh/ha-nam/index.html"), "utf8")).toContain(", nói gọn.");
  });
});
