import { describe, expect, it } from "vitest";
import { readDecision } from "../../scripts/desk/decision.ts";
import { normaliseArticle } from "../../src/lib/text/normaliseArticle.ts";
import { isSlug, refusal } from "../../scripts/desk/guard.ts";

const own = { method: "GET", host: "127.0.0.1:4400", origin: undefined, contentType: undefined };
const post = { method: "POST", host: "127.0.0.1:4400", origin: "http://127.0.0.1:4400", contentType: "application/json" };

describe("the desk's request guard", () => {
  it("lets the desk's own page read and write", () => {
    expect(refusal(own, 4400)).toBeUndefined();
    expect(refusal({ ...own, host: "localhost:4400" }, 4400)).toBeUndefined();
    expect(refusal(post, 4400)).toBeUndefined();
    expect(refusal({ ...post, contentType: "application/json; charset=utf-8" }, 4400)).toBeUndefined();
  });

  it("refuses another Host (DNS rebinding), even for reading", () => {
    expect(refusal({ ...own, host: "evil.example:4400" }, 4400)).toMatch(/Host "evil.example:4400" is not the desk's address/);
    expect(refusal({ ...own, host: "127.0.0.1:4401" }, 4400)).toMatch(/Host/);
    expect(refusal({ ...own, host: undefined }, 4400)).toMatch(/Host/);
  });

  it("refuses a write from another page (CSRF): another Origin, no Origin, or not JSON", () => {
    expect(refusal({ ...post, origin: "http://evil.example" }, 4400)).toMatch(/Origin "http:\/\/evil.example" is not the desk's page/);
    expect(refusal({ ...post, origin: "null" }, 4400)).toMatch(/Origin/);
    expect(refusal({ ...post, origin: undefined }, 4400)).toMatch(/no Origin/);
    expect(refusal({ ...post, contentType: "application/x-www-form-urlencoded" }, 4400)).toMatch(/must be JSON/);
    expect(refusal({ ...post, contentType: "text/plain" }, 4400)).toMatch(/must be JSON/);
    expect(refusal({ ...own, origin: "http://evil.example" }, 4400)).toMatch(/Origin/);
  });

  it("lets only a slug become part of a file name", () => {
    for (const ok of ["ha-tinh", "dak-mau-1", "a1"]) expect(isSlug(ok)).toBe(true);
    for (const bad of ["", "../data", "ha/tinh", "Ha-Tinh", "ha_tinh", "-ha", "ha-", "ha--tinh", "ha tinh", "%2e%2e", 42, undefined, "a".repeat(81)]) expect(isSlug(bad)).toBe(false);
  });

  it("stores the article as the project does: no BOM, \\n line ends, NFC", () => {
    expect(normaliseArticle("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
    expect(normaliseArticle("Ha\u0300 Ti\u0303nh")).toBe("Hà Tĩnh");
  });
});

describe("reading a save request", () => {
  const valid = {
    slug: "dak-mau",
    base: {},
    source: { id: "dak-mau-1", outlet: "", title: "", published: "", event_date: "", author: "", url: "", note: "", note_en: "" },
    article: "text",
    rows: [{ metric: "models", value: "3", qualifier: "exact", quote: "3 mô\nhình", note: "", note_en: "" }],
    metrics: [],
  };

  it("accepts a well-formed request, with no line break left inside a cell", () => {
    const read = readDecision(valid);
    expect(read.ok && read.decision.rows[0]!.quote).toBe("3 mô hình");
  });

  it("refuses a slug or a source id that is not a slug, and a missing part, saying which", () => {
    expect(readDecision({ ...valid, slug: "../../etc" })).toMatchObject({ ok: false, message: expect.stringMatching(/^slug:/) });
    expect(readDecision({ ...valid, source: { ...valid.source, id: "a/b" } })).toMatchObject({ ok: false, message: expect.stringMatching(/^source\.id:/) });
    expect(readDecision({ ...valid, rows: undefined })).toMatchObject({ ok: false, message: expect.stringMatching(/^rows:/) });
    expect(readDecision(null)).toMatchObject({ ok: false });
  });
});
