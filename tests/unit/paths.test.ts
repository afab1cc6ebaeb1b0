import { describe, expect, it } from "vitest";
import { compareHref, methodHref, provinceHref, translatePath } from "../../src/project/paths.ts";

describe("translatePath (the language switch)", () => {
  it.each([
    ["/", "en", "/en/"],
    ["/en/", "vi", "/"],
    ["/tinh/ha-tinh/", "en", "/en/provinces/ha-tinh/"],
    ["/en/provinces/ha-tinh/", "vi", "/tinh/ha-tinh/"],
    ["/so-sanh/", "en", "/en/compare/"],
    ["/en/sources-and-method/", "vi", "/nguon-va-phuong-phap/"],
    ["/dinh-chinh/", "en", "/en/corrections/"],
    ["/tim-kiem/", "en", "/en/search/"],
    ["/embed/bd-mo-hinh/", "en", "/en/embed/bd-mo-hinh/"],
    ["/en/embed/ha-nam-models-count/", "vi", "/embed/ha-nam-models-count/"],
  ] as const)("%s in %s is %s", (from, lang, to) => {
    expect(translatePath(from, lang)).toBe(to);
  });

  it("keeps a page in its own language where it already is", () => {
    expect(translatePath("/so-sanh/", "vi")).toBe("/so-sanh/");
    expect(translatePath("/en/compare/", "en")).toBe("/en/compare/");
  });

  it("maps every edition's page helpers onto each other", () => {
    expect(translatePath(provinceHref("ha-nam"), "en")).toBe(provinceHref("ha-nam", "en"));
    expect(translatePath(compareHref("en"), "vi")).toBe(compareHref());
    expect(translatePath(methodHref("", "en"), "vi")).toBe(methodHref());
  });
});
