import { mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputsHash, recordBuild, upToDate } from "../../scripts/lib/upToDate.ts";

// A project in miniature: inputs, a published site under .cache/, and dist/ linking to it.
const root = mkdtempSync(join(tmpdir(), "up-to-date-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};
write("content/provinces/a.mdx", "Tỉnh có 5 mô hình.");
write("data/results/a.csv", "metric,value\nmodels,5\n");
write("astro.config.mjs", "export default {};");
write(".cache/site-1-1/index.html", "<p>5</p>");
symlinkSync(".cache/site-1-1", join(root, "dist"), "dir");

describe("inputsHash", () => {
  const env = { SITE_URL: "https://example.org/" };
  const before = inputsHash(root, env);

  it("changes with any input file, with a new one, and with the site's address", () => {
    write("content/provinces/a.mdx", "Tỉnh có 5 mô hình, ");
    expect(inputsHash(root, env)).not.toBe(before);
    write("content/provinces/a.mdx", "Tỉnh có 5 mô hình.");
    expect(inputsHash(root, env)).toBe(before);
    write("public/robots.txt", "x");
    expect(inputsHash(root, env)).not.toBe(before);
    rmSync(join(root, "public"), { recursive: true });
    expect(inputsHash(root, { SITE_URL: "https://example.com/" })).not.toBe(before);
  });

  it("changes with the archived articles and with where the archive is, which decide whether a build may publish", () => {
    write("archive/a-1.txt", "Tỉnh có 5 mô hình.");
    expect(inputsHash(root, env)).not.toBe(before);
    rmSync(join(root, "archive"), { recursive: true });
    expect(inputsHash(root, env)).toBe(before);
    expect(inputsHash(root, { ...env, ARCHIVE_DIR: "/elsewhere" })).not.toBe(before);
    expect(inputsHash(root, { ...env, REQUIRE_ARCHIVE: "1" })).not.toBe(before);
  });

  it("ignores what builds write: dist/ and .cache/", () => {
    write(".cache/png/x.bin", "drawn");
    write(".cache/site-1-1/extra.html", "more");
    expect(inputsHash(root, env)).toBe(before);
    rmSync(join(root, ".cache/site-1-1/extra.html"));
  });
});

describe("upToDate", () => {
  const inputs = inputsHash(root, {});

  it("is false until a build is recorded, then true for the same inputs and false for others", () => {
    expect(upToDate(root, inputs)).toBe(false);
    recordBuild(root, readlinkSync(join(root, "dist")), inputs, {});
    expect(upToDate(root, inputs)).toBe(true);
    expect(upToDate(root, "another")).toBe(false);
  });

  it("is false when the published site was edited or damaged since, and true again when it is as built", () => {
    write(".cache/site-1-1/index.html", "<p>6</p>");
    expect(upToDate(root, inputs)).toBe(false);
    write(".cache/site-1-1/index.html", "<p>5</p>");
    expect(upToDate(root, inputs)).toBe(true);
  });

  it("records nothing when an input changed while the site was built (its pages may mix old and new)", () => {
    // A build that started from other inputs than the files hold now: its record would vouch for pages it may
    // not have made, so the last good record stays.
    recordBuild(root, readlinkSync(join(root, "dist")), "the inputs when the build started", {});
    expect(upToDate(root, "the inputs when the build started")).toBe(false);
    expect(upToDate(root, inputs)).toBe(true);
  });

  it("is false when dist/ shows another site, or the record cannot be read", () => {
    write(".cache/site-2-1/index.html", "<p>5</p>");
    rmSync(join(root, "dist"));
    symlinkSync(".cache/site-2-1", join(root, "dist"), "dir");
    expect(upToDate(root, inputs)).toBe(false);
    recordBuild(root, readlinkSync(join(root, "dist")), inputs, {});
    expect(upToDate(root, inputs)).toBe(true);
    write(".cache/last-build.json", "{ half a rec");
    expect(upToDate(root, inputs)).toBe(false);
  });
});
