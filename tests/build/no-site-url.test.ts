import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, ROOT } from "../helpers/project.ts";

const dist = join(ROOT, ".cache/test-dist-no-site");

/** Every text file of a built site (pages, CSV, SVG, XML, JSON, txt), with its path relative to the root. */
function textFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "pagefind" ? [] : textFiles(full);
    return /\.(html|csv|svg|xml|json|txt|webmanifest|js)$/.test(name) ? [{ path: full.slice(dist.length + 1), text: readFileSync(full, "utf8") }] : [];
  });
}

describe("a build without SITE_URL", () => {
  let output = "";
  beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    // SITE_URL empty counts as unset, whatever the machine running the tests has.
    const build = astroBuild(ROOT, dist, { SITE_URL: "" });
    expect(build.status, build.output).toBe(0);
    output = build.output;
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("builds quietly: no warning in the build's log", () => {
    expect(output).toContain("Complete!");
    expect(output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
  });

  it("publishes no invented address: no file names example.org or any absolute URL of the site", () => {
    const files = textFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    for (const { path, text } of files) {
      expect(text, path).not.toContain("example.org");
      expect(text, path).not.toMatch(/(rel="canonical"|property="og:url"|hreflang="[a-z-]+") href="https?:/);
    }
  });

  it("leaves out what needs an absolute address, and links the other edition by path", () => {
    const page = readFileSync(join(dist, "so-sanh/index.html"), "utf8");
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toMatch(/<link [^>]*hreflang=/);
    expect(page).toMatch(/<a [^>]*href="\/en\/compare\/"/); // the language switch
    expect(page).not.toContain('property="og:image"');
    expect(page).not.toContain('property="og:url"');
    expect(page).not.toContain("application/rss+xml");
    expect(page).not.toContain("<textarea"); // embed code needs the site's address
    expect(page).toMatch(/cập nhật [0-9/]+, \/so-sanh\/#/);
    for (const file of ["sitemap.xml", "rss.xml", "en/rss.xml"]) expect(existsSync(join(dist, file)), file).toBe(false);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n");
  });
});
