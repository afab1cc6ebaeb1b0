import { describe, expect, it } from "vitest";
import { claimsIn } from "../helpers/claims.ts";
import { readFrontmatter } from "../../src/lib/data/frontmatter.ts";
import { storyBody } from "../../src/lib/data/story/storyBody.ts";
import { provinceTemplate } from "../../src/lib/editor/provinceTemplate.ts";

describe("the new-province template starts a story from the stories' pattern", () => {
  const t = provinceTemplate("Quảng Ninh", "quang-ninh");

  it.each([
    ["story", t.story],
    ["translation", t.translation],
  ])("%s: an opening paragraph before any heading, a chart placed inline, sections with headings of their own", (_, text) => {
    const body = text.slice(text.indexOf("\n---\n", 4) + 5);
    const firstTodo = body.indexOf("TODO");
    expect(firstTodo).toBeGreaterThan(-1);
    expect(body.indexOf("## ")).toBeGreaterThan(firstTodo);
    // Read as the build reads it: the MDX parser takes it, and the story's allow-list finds nothing to refuse.
    const { tags, problems, parsed } = storyBody({ path: "x.mdx", text }, readFrontmatter(text, "x.mdx").frontmatter!.bodyOffset);
    expect(parsed).toBe(true);
    expect(problems).toEqual([]);
    expect(tags.map((tag) => [tag.name, Object.fromEntries(tag.attrs)])).toEqual([["Chart", { compare: "coverage" }]]);
    // Its notes name the claim components, with examples of what not to write, which a comment may hold.
    expect(body).toMatch(/Reporters metric="…"[\s\S]*ReporterCount metric="…"[\s\S]*ProvinceCount/);
    expect(body).toMatch(/Chart group="…"/);
    expect(claimsIn(text, "x.mdx", new Map([["ha-tinh", "Hà Tĩnh"], ["quang-ninh", "Quảng Ninh"]]))).toEqual([]);
  });

  it("leaves no merger paragraph or 'not reported' boilerplate for the editor to copy", () => {
    expect(t.story).not.toMatch(/## .*sáp nhập|## Những gì thiếu/);
    expect(t.translation).not.toMatch(/## .*merger|## What is missing/);
  });
});
