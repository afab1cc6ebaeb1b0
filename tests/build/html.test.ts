import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../../src/site/builtPages.ts";
import { ROOT } from "../helpers/project.ts";

const dist = inject("dist");
const validator = new HtmlValidate(new FileSystemConfigLoader());
const file = (page: string) => join(dist, page, page.endsWith(".html") ? "" : "index.html");

describe.each(builtPages(dist).map((p) => [p || "/", p]))("%s", (_, page) => {
  it("validates with html-validate's recommended rules", async () => {
    const report = await validator.validateString(readFileSync(file(page), "utf8"), join(ROOT, "dist", page || "index.html"));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it("has a title, a description, lang, one h1, landmarks and a skip link to main (an embed: main alone)", () => {
    const doc = parseHTML(readFileSync(file(page), "utf8")).document;
    const lang = page.startsWith("en/") ? "en" : "vi";
    if (/^(en\/)?embed\//.test(page)) {
      expect(doc.documentElement.getAttribute("lang")).toBe(lang);
      expect(doc.title.trim()).not.toBe("");
      expect(doc.querySelectorAll("h1")).toHaveLength(1);
      expect(doc.querySelectorAll("main")).toHaveLength(1);
      expect(doc.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
      return;
    }
    expect(doc.title.trim()).not.toBe("");
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")?.trim()).toBeTruthy();
    expect(doc.documentElement.getAttribute("lang")).toBe(lang);
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    for (const landmark of ["header", "nav", "main", "footer"]) expect(doc.querySelectorAll(`body ${landmark}`).length, landmark).toBeGreaterThanOrEqual(1);
    const skip = doc.querySelector("a.skip-link")!;
    expect(doc.body.firstElementChild).toBe(skip);
    expect(doc.getElementById(skip.getAttribute("href")!.slice(1))!.tagName).toBe("MAIN");
  });
});
