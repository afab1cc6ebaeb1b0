import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/lib/data/Problem.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { edit, realFiles } from "../helpers/project.ts";

// Issue 13, items 4 and 5: a row whose quote bounds or counts its number differently from what the site would
// publish is refused (or published with the quote's own bound), never shown as its opposite.
const HA_NAM = "data/results/ha-nam.csv";
const GANGS = "criminal_gangs_dismantled,400,over,ha-nam-2,triệt phá trên 400 ổ nhóm tội phạm hình sự";
const HA_TINH = "data/results/ha-tinh.csv";
const LAUNCHES = "campaign_launches,366,over,ha-tinh-1,tổ chức trên 366 đợt phát động phong trào toàn dân bảo vệ ANTQ";
const AGENCIES = `safe_agencies_share,90,exact,ha-nam-1,"90% cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn"`;

/** The messages of every problem in one results file after replacing one row. */
function problemsWith(path: string, from: string, to: string): string[] {
  return validateProject(edit(realFiles(), path, from, to)).problems.filter((p) => p.file === path).map(formatProblem);
}

describe("a bound in the quote is read, never reversed", () => {
  it("refuses 'ít hơn 400' (fewer than) given as over, and does not advise over for it", () => {
    expect(problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,400,over,ha-nam-2,triệt phá ít hơn 400 ổ nhóm tội phạm hình sự")).toEqual([
      expect.stringMatching(/"ít hơn 400".*write at_most/),
    ]);
    const exact = problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,400,exact,ha-nam-2,triệt phá ít hơn 400 ổ nhóm tội phạm hình sự");
    expect(exact).toEqual([expect.stringMatching(/write at_most/)]);
    expect(exact.join()).not.toMatch(/write over/);
  });

  it("accepts 'ít hơn 400' as at_most", () => {
    expect(problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,400,at_most,ha-nam-2,triệt phá ít hơn 400 ổ nhóm tội phạm hình sự")).toEqual([]);
  });

  it("refuses '366 đợt … trở lên' (or more) as exact, and accepts it as at_least", () => {
    const row = (q: string) => `campaign_launches,366,${q},ha-tinh-1,tổ chức 366 đợt phát động trở lên`;
    expect(problemsWith(HA_TINH, LAUNCHES, row("exact"))).toEqual([expect.stringMatching(/"366 … trở lên".*write at_least/)]);
    expect(problemsWith(HA_TINH, LAUNCHES, row("over"))).toEqual([expect.stringMatching(/write at_least/)]);
    expect(problemsWith(HA_TINH, LAUNCHES, row("at_least"))).toEqual([]);
  });

  it("refuses '400 ổ nhóm trở xuống' (or fewer) as exact", () => {
    expect(problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,400,exact,ha-nam-2,triệt phá 400 ổ nhóm trở xuống")).toEqual([expect.stringMatching(/write at_most/)]);
  });

  it("reads 'không dưới' (not under) as at least", () => {
    expect(problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,400,at_most,ha-nam-2,triệt phá không dưới 400 ổ nhóm")).toEqual([expect.stringMatching(/write at_least/)]);
  });

  it("refuses an unquantified row whose quote states a number in words", () => {
    const unquantified = "social_order_crimes_solved,,unquantified,ha-nam-2,điều tra làm rõ hàng nghìn vụ phạm tội về trật tự xã hội";
    expect(problemsWith(HA_NAM, unquantified, "social_order_crimes_solved,,unquantified,ha-nam-2,điều tra làm rõ hai nghìn vụ phạm tội về trật tự xã hội")).toEqual([
      expect.stringMatching(/states a number in words \("hai nghìn" = 2000\): write 2000 in the value column/),
    ]);
  });
});

describe("a bound word written in the qualifier column", () => {
  it.each([
    ["ít hơn", "at_most"],
    ["trở lên", "at_least"],
    ["không dưới", "at_least"],
  ])("'%s' is translated to %s", (word, qualifier) => {
    expect(problemsWith(HA_TINH, "366,over,", `366,${word},`)).toEqual([expect.stringContaining(`write ${qualifier} for "${word}"`)]);
  });
});

describe("the quote states the metric's unit", () => {
  it("refuses a percent metric whose quote states a count", () => {
    expect(problemsWith(HA_NAM, AGENCIES, `safe_agencies_share,90,exact,ha-nam-1,"90 cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn"`)).toEqual([
      expect.stringMatching(/is a percentage.*"90%" or "90 phần trăm"/),
    ]);
  });

  it("accepts 'phần trăm' written out", () => {
    expect(problemsWith(HA_NAM, AGENCIES, `safe_agencies_share,90,exact,ha-nam-1,"90 phần trăm cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn"`)).toEqual([]);
  });

  it("refuses a count whose quote states a percentage", () => {
    expect(problemsWith(HA_NAM, GANGS, "criminal_gangs_dismantled,27,exact,ha-nam-2,triệt phá 27% ổ nhóm tội phạm hình sự")).toEqual([expect.stringMatching(/27%.*a percentage.*counts/)]);
  });
});
