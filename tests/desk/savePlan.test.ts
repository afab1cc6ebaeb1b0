import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SaveDecision } from "../../scripts/desk/decision.ts";
import { storyFieldAt } from "../../scripts/desk/fieldOf.ts";
import { planSave, writtenPaths } from "../../scripts/desk/savePlan.ts";
import { addStorySource, fillStory, templateBodies } from "../../scripts/desk/storyFiles.ts";
import { hashText, writePlan } from "../../scripts/desk/writeFiles.ts";
import { realFiles } from "../helpers/project.ts";

const ARTICLE = "Sáng 3/4, tỉnh Đắk Mẫu tổng kết. Toàn tỉnh có 31 mô hình tự quản và tổ chức trên 77 đợt phát động.";
const source = { id: "dak-mau-1", outlet: "Báo Thử", title: "Tổng kết", published: "2023-04-04", event_date: "2023-04-03", author: "", url: "", note: "", note_en: "" };
const story = {
  region: "Tây Nguyên", capital: "Buôn Mẫu", lat: "12.9", lon: "108.3", kind: "review", title: "Hội nghị tổng kết",
  headline: "Một tỉnh của bài kiểm thử", summary: "Một tỉnh của bài kiểm thử.", highlights: "models", after_province: "Đắk Mẫu", merged_with: "",
  body: 'Đắk Mẫu có <Fig metric="models" /> mô hình.\n', region_en: "Central Highlands", title_en: "Review conference", headline_en: "A test province counts its own way", summary_en: "A test province.",
  body_en: 'Đắk Mẫu has <Fig metric="models" /> models.\n',
};
const decision = (over: Partial<SaveDecision> = {}): SaveDecision => ({
  slug: "dak-mau", name: "Đắk Mẫu", base: {}, source, article: ARTICLE, story, metrics: [],
  rows: [
    { metric: "models", value: "31", qualifier: "exact", quote: "31 mô hình tự quản", note: "", note_en: "" },
    { metric: "campaign_launches", value: "77", qualifier: "over", quote: "trên 77 đợt phát động", note: "", note_en: "" },
  ],
  ...over,
});
const none = () => undefined;

describe("the save plan", () => {
  it("writes exactly an editor's files for a new province, through the template and appendRows, when the would-be project passes", () => {
    const { plan, blocking } = planSave(realFiles(), decision(), none);
    expect(blocking).toEqual([]);
    expect(plan!.writes.map((w) => w.path).sort()).toEqual(["content/en/provinces/dak-mau.mdx", "content/provinces/dak-mau.mdx", "data/results/dak-mau.csv", "data/sources.csv"]);
    expect(plan!.writes.find((w) => w.path === "data/results/dak-mau.csv")!.text).toBe(
      "metric,value,qualifier,source,quote,note,note_en\nmodels,31,exact,dak-mau-1,31 mô hình tự quản,,\ncampaign_launches,77,over,dak-mau-1,trên 77 đợt phát động,,\n",
    );
    const sources = plan!.writes.find((w) => w.path === "data/sources.csv")!.text;
    expect(sources.startsWith(realFiles().sources.text)).toBe(true);
    expect(sources.endsWith("dak-mau-1,dak-mau,Báo Thử,Tổng kết,2023-04-04,2023-04-03,,,dak-mau-1.txt,,\n")).toBe(true);
    expect(plan!.archive).toEqual({ name: "dak-mau-1.txt", text: ARTICLE });
  });

  it("refuses a row check refuses, naming the row's field, and plans nothing", () => {
    const bad = decision({ rows: [{ ...decision().rows[0]!, value: "31 mô hình" }, decision().rows[1]!] });
    const { plan, blocking } = planSave(realFiles(), bad, none);
    expect(plan).toBeUndefined();
    expect(blocking).toEqual([expect.objectContaining({ file: "data/results/dak-mau.csv", line: 2, field: "row:0:value" })]);
  });

  it("refuses a quote that is not the article's words, as check does against the archive", () => {
    const { blocking } = planSave(realFiles(), decision({ rows: [decision().rows[0]!, { ...decision().rows[1]!, quote: "trên 77 đợt" + " phát động lớn" }] }), none);
    expect(blocking.map((p) => p.field)).toEqual(["row:1:quote"]);
    expect(blocking[0]!.message).toMatch(/not in the article/);
  });

  it("names the story field, the source field and the new metric field of each problem", () => {
    const files = realFiles();
    const { blocking } = planSave(files, decision({
      story: { ...story, region: "", summary_en: "" },
      source: { ...source, url: "not an address" },
      rows: [decision().rows[0]!, { ...decision().rows[1]!, metric: "launch_events" }],
      metrics: [{ id: "launch_events", group: "campaigns", label_vi: "Đợt phát động", label_en: "", unit: "count", comparable: "yes", award_level: "", recipient: "", compare: "", definition_vi: "Số đợt.", definition_en: "Launches.", keywords_vi: "" }],
    }), none);
    expect(blocking.map((p) => p.field).sort()).toEqual(["metric:launch_events:label_en", "source:url", "story:region", "story_en:summary"]);
  });

  it("takes the story's event date from the article's, so a wrong date is refused in the story as the article's event date", () => {
    const { blocking } = planSave(realFiles(), decision({ source: { ...source, event_date: "24/5/2023" } }), none);
    expect(blocking.map((p) => p.field).sort()).toEqual(["source:event_date", "story:event.date"]);
  });

  it("refuses an empty article, no accepted figure, a source id that exists, two figures with one quote, and a province that exists", () => {
    expect(planSave(realFiles(), decision({ article: " " }), none).blocking.map((p) => p.field)).toContain("article");
    expect(planSave(realFiles(), decision({ rows: [] }), none).blocking.map((p) => p.field)).toContain("rows");
    expect(planSave(realFiles(), decision({ source: { ...source, id: "ha-tinh-1" } }), none).blocking.map((p) => p.field)).toContain("source:id");
    expect(planSave(realFiles(), decision({ rows: [decision().rows[0]!, { ...decision().rows[1]!, quote: "31 mô hình tự quản" }] }), none).blocking.map((p) => p.field)).toEqual(["row:1:quote"]);
    expect(planSave(realFiles(), decision({ slug: "ha-tinh", name: "Hà Tĩnh" }), none).blocking.map((p) => p.field)).toContain("province:name");
    expect(planSave(realFiles(), decision({ name: "Đắk Mẫu Mới" }), none).blocking.map((p) => p.field)).toContain("province:name");
    expect(planSave(realFiles(), decision(), () => "another text").blocking.map((p) => p.field)).toEqual(["source:id"]);
  });

  it("adds an article to an existing province: its rows, its source, and its id in the story's sources, nothing else", () => {
    const text = "Hà Tĩnh có 12 mô hình tự quản ở các xã.";
    const files = realFiles();
    // Hà Tĩnh's first article mentions models without a count, which a count would contradict: start without that row.
    const haTinh = files.results.find((f) => f.path === "data/results/ha-tinh.csv")!;
    haTinh.text = haTinh.text.replace(/^models,.*\n/m, "");
    const { plan, blocking } = planSave(files, decision({ slug: "ha-tinh", name: undefined, story: undefined, article: text, source: { ...source, id: "ha-tinh-2" }, rows: [{ metric: "models", value: "12", qualifier: "exact", quote: "12 mô hình tự quản", note: "Mô hình ở xã.", note_en: "Models in communes." }] }), none);
    expect(blocking).toEqual([]);
    const before = files.stories.find((f) => f.path === "content/provinces/ha-tinh.mdx")!.text;
    const after = plan!.writes.find((w) => w.path === "content/provinces/ha-tinh.mdx")!.text;
    expect(after).toBe(before.replace("sources: [ha-tinh-1]", "sources: [ha-tinh-1, ha-tinh-2]"));
    const results = plan!.writes.find((w) => w.path === "data/results/ha-tinh.csv")!.text;
    expect(results).toBe(`${files.results.find((f) => f.path === "data/results/ha-tinh.csv")!.text}models,12,exact,ha-tinh-2,12 mô hình tự quản,Mô hình ở xã.,Models in communes.\n`);
  });
});

describe("the files a save must find unchanged", () => {
  it("are those it writes: the English story and the dictionary only when it writes them", () => {
    expect(writtenPaths(decision())).toEqual(["data/sources.csv", "data/results/dak-mau.csv", "content/provinces/dak-mau.mdx", "content/en/provinces/dak-mau.mdx"]);
    const metric = { id: "x", group: "", label_vi: "", label_en: "", unit: "", comparable: "", award_level: "", recipient: "", compare: "", definition_vi: "", definition_en: "", keywords_vi: "" };
    expect(writtenPaths(decision({ name: undefined, slug: "ha-tinh", metrics: [metric] }))).toEqual(["data/metrics.csv", "data/sources.csv", "data/results/ha-tinh.csv", "content/provinces/ha-tinh.mdx"]);
  });
});

describe("the story files", () => {
  it("fill the project's template: its notes stay, its placeholders are the editor's words", () => {
    const { story: vi, translation } = fillStory("Đắk Mẫu", "dak-mau", source, story);
    // The event's date is the article's, asked once in the desk.
    expect(vi).toMatch(/\n {2}date: 2023-04-03\n/);
    expect(vi).toMatch(/^---\nname: Đắk Mẫu\nslug: dak-mau\nregion: Tây Nguyên\ncapital: Buôn Mẫu\n# /);
    expect(vi).toContain("coordinates: { lat: 12.9, lon: 108.3 }");
    expect(vi).toContain("sources: [ dak-mau-1 ]");
    expect(vi).not.toContain("TODO");
    expect(translation).toMatch(/^---\n# The English edition[^\n]*\nslug: dak-mau\nregion: Central Highlands\n/);
    expect(templateBodies("Đắk Mẫu", "dak-mau").body).toContain("TODO Đoạn mở đầu: điều riêng của Đắk Mẫu");
  });

  it("point each line of the frontmatter at its field", () => {
    const { story: vi } = fillStory("Đắk Mẫu", "dak-mau", source, story);
    const line = (needle: string) => vi.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(storyFieldAt(vi, line("region:"))).toBe("region");
    expect(storyFieldAt(vi, line("  title:"))).toBe("event.title");
    expect(storyFieldAt(vi, line("  province:"))).toBe("after_2025.province");
    expect(storyFieldAt(vi, line("Đắk Mẫu có"))).toBe("body");
  });

  it("add a source to an existing story without touching another byte, once", () => {
    const text = "---\nname: X\nsources: [x-1]  # ours\nhighlights: []\n---\nBody sources: [y]\n";
    expect(addStorySource(text, "x-2")).toBe("---\nname: X\nsources: [x-1, x-2]  # ours\nhighlights: []\n---\nBody sources: [y]\n");
    expect(addStorySource(text, "x-1")).toBe(text);
    expect(addStorySource("---\nname: X\n---\n", "x-2")).toBeUndefined();
  });
});

describe("writing a plan", () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), "desk-"));
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "data/a.csv"), "old a\n");
    return root;
  };

  it("renames every file into place and leaves no temporary file", () => {
    const root = folder();
    const plan = { writes: [{ path: "data/a.csv", text: "new a\n" }, { path: "data/b.csv", text: "new b\n" }], archive: { name: "x-1.txt", text: "article" } };
    expect(writePlan(root, join(root, "archive"), plan, { "data/a.csv": hashText("old a\n"), "data/b.csv": null }, ["data/a.csv", "data/b.csv"])).toEqual({ conflicts: [] });
    expect(readFileSync(join(root, "data/a.csv"), "utf8")).toBe("new a\n");
    expect(readFileSync(join(root, "data/b.csv"), "utf8")).toBe("new b\n");
    expect(readFileSync(join(root, "archive/x-1.txt"), "utf8")).toBe("article");
    expect(readdirSync(join(root, "data")).sort()).toEqual(["a.csv", "b.csv"]);
    rmSync(root, { recursive: true });
  });

  it("writes nothing when a file changed on disk since it was read, and says which", () => {
    const root = folder();
    writeFileSync(join(root, "data/a.csv"), "someone else's a\n");
    const plan = { writes: [{ path: "data/a.csv", text: "new a\n" }, { path: "data/b.csv", text: "new b\n" }], archive: undefined };
    expect(writePlan(root, join(root, "archive"), plan, { "data/a.csv": hashText("old a\n"), "data/b.csv": null }, ["data/a.csv", "data/b.csv"])).toEqual({ conflicts: ["data/a.csv"] });
    expect(readFileSync(join(root, "data/a.csv"), "utf8")).toBe("someone else's a\n");
    expect(readdirSync(join(root, "data"))).toEqual(["a.csv"]);
    rmSync(root, { recursive: true });
  });
});
