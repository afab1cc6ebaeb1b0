import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyProject } from "../helpers/project.ts";

// A copy of the project whose editors corrected one published figure.
describe("a corrected figure", () => {
  const project = copyProject();
  let built: { status: number | null; output: string };
  beforeAll(() => {
    project.write("data/corrections.csv", "date,province,metric,source,from,to,reason,reason_en\n2024-03-01,ha-tinh,campaign_launches,ha-tinh-1,360,366,Bản đầu nhập nhầm; bài viết ghi trên 366.,First entered wrongly; the article says more than 366.\n");
    built = astroBuild(project.dir);
  });
  afterAll(() => project.remove());

  it("is listed on the corrections page with its date, both values and the reason", () => {
    expect(built.status, built.output).toBe(0);
    const page = parseHTML(project.read("dist/dinh-chinh/index.html")).document;
    const entry = page.getElementById("dinh-chinh-2024-03-01-ha-tinh-campaign_launches-ha-tinh-1")!;
    expect(entry.textContent).toContain("1/3/2024");
    expect(entry.querySelector("del")!.textContent).toBe("360");
    expect(entry.querySelector("ins")!.textContent).toBe("366");
    expect(entry.textContent).toContain("Bản đầu nhập nhầm");
    const en = parseHTML(project.read("dist/en/corrections/index.html")).document.getElementById("dinh-chinh-2024-03-01-ha-tinh-campaign_launches-ha-tinh-1")!;
    expect(en.textContent).toContain("1 March 2024");
    expect(en.textContent).toContain("First entered wrongly");
    expect(en.querySelector("a")!.getAttribute("href")).toBe("/en/provinces/ha-tinh/#so-lieu-campaign_launches");
  });

  it("carries a mark that links to its correction, in the figures table and in the story", () => {
    const page = parseHTML(project.read("dist/tinh/ha-tinh/index.html")).document;
    const mark = page.querySelector("#so-lieu-campaign_launches a.corrected")!;
    expect(mark.getAttribute("href")).toBe("/dinh-chinh/#dinh-chinh-2024-03-01-ha-tinh-campaign_launches-ha-tinh-1");
    expect(page.querySelectorAll(".prose a.corrected").length).toBeGreaterThan(0);
    expect(page.querySelector("#so-lieu-campaign_participant_turns a.corrected")).toBeNull();
    const en = parseHTML(project.read("dist/en/provinces/ha-tinh/index.html")).document;
    expect(en.querySelector("#so-lieu-campaign_launches a.corrected")!.getAttribute("href")).toBe("/en/corrections/#dinh-chinh-2024-03-01-ha-tinh-campaign_launches-ha-tinh-1");
    expect(en.querySelector(".prose a.corrected")!.textContent).toBe("corrected");
  });

  it("is reachable from every page's footer", () => {
    expect(parseHTML(project.read("dist/so-sanh/index.html")).document.querySelector('footer a[href="/dinh-chinh/"]')).not.toBeNull();
    expect(parseHTML(project.read("dist/en/compare/index.html")).document.querySelector('footer a[href="/en/corrections/"]')).not.toBeNull();
  });
});
