import { beforeAll, describe, expect, it } from "vitest";
import { formatMisspelling, misspellings } from "../helpers/spelling/check.ts";
import { projectMisspellings, projectSpellers } from "../helpers/spelling/project.ts";
import { makeSpeller, type Lang, type Speller } from "../helpers/spelling/speller.ts";
import { csvSegments, dictionarySegments, storySegments } from "../helpers/spelling/texts.ts";
import { edit, realFiles, ROOT } from "../helpers/project.ts";

let spellers: Record<Lang, Speller>;
beforeAll(() => {
  spellers = projectSpellers(ROOT);
});
const found = (segments: Parameters<typeof misspellings>[0]) => misspellings(segments, spellers).map(formatMisspelling);

describe("the spell check of every reader-facing text", () => {
  it("finds no misspelling in the project's dictionaries, stories (both editions) and tables", () => {
    expect(projectMisspellings(ROOT, realFiles(), spellers).map(formatMisspelling)).toEqual([]);
  });

  it("catches a misspelling planted in a real story of each edition, at its line and column", () => {
    let files = edit(realFiles(), "content/provinces/ha-nam.mdx", "\n## ", "\nCác phonng trào.\n\n## ");
    files = edit(files, "content/en/provinces/ha-nam.mdx", "\n## ", "\nWe recieve it.\n\n## ");
    const lines = projectMisspellings(ROOT, files, spellers).map(formatMisspelling);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/provinces\/ha-nam\.mdx:\d+:5 "phonng" \(vi\): did you mean "phong"/);
    expect(lines[1]).toMatch(/^content\/en\/provinces\/ha-nam\.mdx:\d+:4 "recieve" \(en\): did you mean "receive"/);
  });

  it("reads a Vietnamese story's summary, event title and prose, but not tag attributes or comments", () => {
    const text = ["---", "event:", "  title: Hội nghị tổng kêt", "summary: >-", "  Một câu", "  phonng trào.", "sources: [x-1]", "---", "", 'Có <Fig metric="phonng" /> mô hình {/* phonng */} và phonnng.', ""].join("\n");
    expect(found(storySegments({ path: "s.mdx", text }, "vi"))).toEqual([
      expect.stringMatching(/^s\.mdx:3:24 "kêt" \(vi\)/),
      expect.stringMatching(/^s\.mdx:6:3 "phonng" \(vi\): did you mean "phong"/),
      expect.stringMatching(/^s\.mdx:10:\d+ "phonnng" \(vi\)/),
    ]);
  });

  it("checks Vietnamese inside an English story in Vietnamese: <Vi>, quoted phrases, names", () => {
    const text = ["---", "summary: The models of Hà Nam and Ninh Bình.", "---", "", "Its <Vi>tự phòng, tự quản</Vi> models, “Dân vận khéo”, and Hà Tĩnh's launches.", "", "A <Vi>phonng</Vi> and a recieve.", ""].join("\n");
    const lines = found(storySegments({ path: "e.mdx", text }, "en"));
    expect(lines).toEqual([expect.stringMatching(/^e\.mdx:7:7 "phonng" \(vi\): did you mean "phong"/), expect.stringMatching(/^e\.mdx:7:25 "recieve" \(en\): did you mean "receive"/)]);
  });

  it("reads the notes of a results table in their languages, and not its quotes", () => {
    const text = "metric,value,qualifier,source,quote,note,note_en\nmodels,3,exact,x-1,3 phonng,\"Ghi chú phonng, “đến nay”.\",\"A recieved note, “đến nay”.\"\n";
    expect(found(csvSegments({ path: "r.csv", text }, "notes"))).toEqual([
      expect.stringMatching(/^r\.csv:2:38 "phonng" \(vi\)/),
      expect.stringMatching(/^r\.csv:2:61 "recieved" \(en\): did you mean "received"/),
    ]);
  });

  it("reads a dictionary module's strings and templates, not its imports, link targets or call arguments", () => {
    const text = 'import x from "./phonng.ts";\nexport const d = {\n  a: "Các phonng",\n  b: (n: number) => `${n} phonnng trào`,\n  c: [{ text: "Mở", to: "phonng" }],\n  d: new Intl.ListFormat("phonng"),\n  switchTitle: "Read this page in English",\n};\n';
    expect(found(dictionarySegments({ path: "vi.ts", text }, "vi"))).toEqual([
      expect.stringMatching(/^vi\.ts:3:11 "phonng" \(vi\)/),
      expect.stringMatching(/^vi\.ts:4:27 "phonnng" \(vi\)/),
    ]);
  });

  it("accepts both placements of a final oa, oe, uy tone, and the project's own words only from its list", () => {
    const { vi, en } = spellers;
    expect(["hòa", "hoà", "Ủy", "Uỷ", "thùy", "thuỳ", "MTTQ"].filter((w) => !vi.correct(w))).toEqual([]);
    expect(makeSpeller("vi", []).correct("MTTQ")).toBe(false);
    expect(["phonng", "hóaa", "nguoi"].filter((w) => vi.correct(w))).toEqual([]);
    expect(["organisation", "province's", "People’s"].filter((w) => !en.correct(w))).toEqual([]);
    expect(en.correct("recieve")).toBe(false);
  });
});
