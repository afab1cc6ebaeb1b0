import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { vi } from "../../src/i18n/vi.ts";
import { GROUPS } from "../../src/lib/data/schemas.ts";
import { deskPage, deskSuite } from "./deskPage.ts";

// Written for this test; the number is invented.
const ARTICLE = "Theo báo cáo bổ sung, người dân đã giao nộp 57 khẩu súng tự chế cho công an xã.";
const QUOTE = "57 khẩu súng tự chế";
/** A proposal as the extractor's branch returns it: a new metric with its definition. */
const PROPOSED = {
  metric: "weapons_surrendered", value: 57, qualifier: "exact", quote: QUOTE, note: "", note_en: "", start: ARTICLE.indexOf(QUOTE), line: 1, column: 1,
  definition: { group: "enforcement", label_vi: "Súng tự chế người dân giao nộp", unit: "count", keywords_vi: "khẩu súng tự chế|súng@giao nộp" },
};

describe("a new metric's fields on a card", () => {
  const suite = deskSuite();

  it("are prefilled from the extractor's definition, list every group with the site's labels, show award fields only for awards, and write the keyword rows in the dictionary's syntax", async () => {
    const { desk, project } = suite.setup;
    const { page, click, fill, choose } = await deskPage(suite.browser, desk.url);
    await page.route("**/api/propose", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ text: ARTICLE, candidates: [PROPOSED] }) }));
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", ARTICLE);
    await click("#propose");
    await page.waitForSelector("#c0-m-group");
    // Every group of the dictionary's schema, police included, each with the site's own Vietnamese label.
    const groups = await page.$$eval("#c0-m-group option", (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(groups.slice(1)).toEqual(GROUPS.map((g) => [g, vi.labels.groups[g]]));
    expect(groups.map(([v]) => v)).toContain("police");
    expect(await page.inputValue("#c0-m-group")).toBe("enforcement");
    expect(await page.inputValue("#c0-m-label_vi")).toBe("Súng tự chế người dân giao nộp");
    expect(await page.inputValue("#c0-m-unit")).toBe("count");
    // The keywords as rows: the words after the number, and the words needed nearby.
    expect(await page.inputValue("#c0-m-kw0-words")).toBe("khẩu súng tự chế");
    expect(await page.inputValue("#c0-m-kw0-near")).toBe("");
    expect(await page.inputValue("#c0-m-kw1-words")).toBe("súng");
    expect(await page.inputValue("#c0-m-kw1-near")).toBe("giao nộp");
    // Award level and recipient only for an award.
    expect(await page.isHidden("#c0-m-award_level")).toBe(true);
    await choose("#c0-m-group", "awards");
    expect(await page.isVisible("#c0-m-award_level")).toBe(true);
    expect(await page.isVisible("#c0-m-recipient")).toBe(true);
    await choose("#c0-m-group", "enforcement");
    expect(await page.isHidden("#c0-m-recipient")).toBe(true);
    // A | typed in a box is refused with what to do instead, and not written.
    await fill("#c0-m-kw1-near", "giao nộp|thu hồi");
    expect(await page.textContent("#c0-m-kw1-near-err")).toMatch(/\|/);
    await fill("#c0-m-kw1-near", "giao nộp");
    expect(await page.textContent("#c0-m-kw1-near-err")).toBe("");
    await click("#card-0 button:has-text('Thêm cụm từ')");
    await fill("#c0-m-kw2-words", "khẩu súng");
    await fill("#c0-m-kw2-near", "tự nguyện");
    // Words that must not be nearby, one a line, become the syntax's "@!" conditions.
    await fill("#c0-m-kw2-notNear", "thu hồi\nbắt giữ");
    await click("#card-0 button:has-text('Xóa cụm từ 1')");
    await fill("#c0-m-label_en", "Home-made guns handed in");
    await fill("#c0-m-definition_vi", "Số súng tự chế người dân tự giao nộp cho công an.");
    await fill("#c0-m-definition_en", "Home-made guns residents handed in to the police.");
    await click("#card-0 .actions button >> nth=0");
    await click("#save");
    await page.waitForFunction(() => document.getElementById("save-out")!.textContent !== "" && document.getElementById("save-progress")!.textContent === "");
    const problems = await page.$$eval(".problem:not(:empty), #other-problems li", (ps) => ps.map((p) => p.textContent));
    expect(await page.textContent("#save-out"), problems.join("\n")).toMatch(/^Đã lưu/);
    const row = project.read("data/metrics.csv").split("\n").find((l) => l.startsWith("weapons_surrendered,"));
    expect(row).toBe("weapons_surrendered,enforcement,Súng tự chế người dân giao nộp,Home-made guns handed in,count,yes,,,,Số súng tự chế người dân tự giao nộp cho công an.,Home-made guns residents handed in to the police.,súng@giao nộp|khẩu súng@tự nguyện@!thu hồi@!bắt giữ");
  });

  it("start from the row the real extractor proposes, with its id", async () => {
    const { page, click, fill, choose } = await deskPage(suite.browser, suite.setup.desk.url);
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", ARTICLE);
    await click("#propose");
    await page.waitForSelector("#c0-m-group");
    // What /api/propose answered, through the project's extractor (no mock): the card shows exactly that.
    const answer = await page.evaluate(async (text) => (await (await fetch("/api/propose", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })).json()) as { candidates: { metric: string; definition?: { group: string; label_vi: string; keywords_vi: string } }[] }, ARTICLE);
    const [proposal] = answer.candidates;
    expect(proposal!.definition, "the extractor proposes a row for a new metric").toBeDefined();
    expect(await page.inputValue("#card-0 input[list='metric-list']")).toBe(proposal!.metric);
    expect(await page.inputValue("#c0-m-group")).toBe(proposal!.definition!.group);
    expect(await page.inputValue("#c0-m-label_vi")).toBe(proposal!.definition!.label_vi);
    expect(await page.inputValue("#c0-m-kw0-words")).toBe(proposal!.definition!.keywords_vi.split("|")[0]!.split("@")[0]!);
  });

  it("start empty when the extractor gives no definition, and say the groups in the interface's language", async () => {
    const { page, click, fill, choose } = await deskPage(suite.browser, `${suite.setup.desk.url}en/`);
    await page.route("**/api/propose", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ text: ARTICLE, candidates: [{ ...PROPOSED, metric: "guns_handed_in", definition: undefined }] }) }));
    await choose("#existing", "ha-tinh");
    await click("#open");
    await fill("#article-text", ARTICLE);
    await click("#propose");
    await page.waitForSelector("#c0-m-group");
    expect(await page.inputValue("#c0-m-group")).toBe("");
    expect(await page.inputValue("#c0-m-label_vi")).toBe("");
    expect(await page.inputValue("#c0-m-kw0-words")).toBe("");
    const groups = await page.$$eval("#c0-m-group option", (os) => os.slice(1).map((o) => o.textContent));
    expect(groups).toEqual(GROUPS.map((g) => en.labels.groups[g]));
  });
});
