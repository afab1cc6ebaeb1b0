import { describe, expect, it } from "vitest";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { provinceTemplate } from "../../src/lib/editor/provinceTemplate.ts";
import { slugify } from "../../src/lib/text/slugify.ts";
import { realFiles } from "../helpers/project.ts";

describe("slugify", () => {
  it.each([
    ["Quảng Ninh", "quang-ninh"],
    ["Đắk Lắk", "dak-lak"],
    ["Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"],
    ["Thừa Thiên Huế", "thua-thien-hue"],
    ["  Hà  Nội ", "ha-noi"],
    ["Đất Đỏ", "dat-do"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("provinceTemplate", () => {
  it("is refused by the build until every placeholder is filled, with one message per field", () => {
    const files = realFiles();
    const t = provinceTemplate("Quảng Ninh", "quang-ninh");
    files.stories.push({ path: "content/provinces/quang-ninh.mdx", text: t.story });
    files.results.push({ path: "data/results/quang-ninh.csv", text: t.results });
    const messages = validateProject(files).problems.map((p) => `${p.file}:${p.line} ${p.message}`);
    for (const field of ["region", "capital", "coordinates.lat", "coordinates.lon", "event.title", "event.date", "summary", "sources.0", "after_2025.province"]) {
      expect(messages.some((m) => m.includes(`"${field}"`)), field).toBe(true);
    }
    expect(messages.some((m) => m.includes("TODO placeholder"))).toBe(true);
    // A placeholder where a number belongs is a wrong value, not a missing field.
    expect(messages.find((m) => m.includes('"coordinates.lat"'))).toMatch(/field "coordinates\.lat" write the latitude as a number/);
    expect(messages.some((m) => /has no "coordinates/.test(m))).toBe(false);
    expect(messages.every((m) => m.startsWith("content/provinces/quang-ninh.mdx"))).toBe(true);
  });
});
