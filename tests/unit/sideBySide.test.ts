import { describe, expect, it } from "vitest";
import { sideBySide } from "../../src/lib/shape/sideBySide.ts";
import { sideBySideFigure } from "../../src/figures/sideBySideFigure.ts";
import { numbersReported } from "../../src/lib/shape/numbersReported.ts";
import { vagueAmount } from "../../src/lib/text/vagueAmount.ts";
import { formatFigure, mentionText } from "../../src/lib/format/formatFigure.ts";
import { fixture, province, result } from "../fixtures/dataset.ts";
import { indexDataset } from "../../src/lib/shape/indexDataset.ts";
import { validateProject } from "../../src/lib/data/validateProject.ts";
import { realFiles } from "../helpers/project.ts";

describe("the side-by-side view", () => {
  it("has a column per compared measure and per awarding body someone mentioned, and a row per province, north to south", () => {
    const data = fixture();
    const view = sideBySide(data, data.figures);
    expect(view.columns.map((c) => c.key)).toEqual(["models", "campaign_launches", "campaign_participant_turns", "award:ppc_chair"]);
    expect(view.rows.map((r) => r.province.slug)).toEqual(["bac", "trung", "dong", "nam"]);
  });

  it("codes every cell in the three states: a number, mentioned without a count, not reported", () => {
    const data = fixture();
    const view = sideBySide(data, data.figures);
    const status = (slug: string, key: string) => view.rows.find((r) => r.province.slug === slug)!.cells.find((c) => c.column.key === key)!.status;
    expect(status("bac", "models")).toBe("number");
    expect(status("trung", "award:ppc_chair")).toBe("unquantified");
    expect(status("dong", "models")).toBe("none");
    expect(status("bac", "award:ppc_chair")).toBe("number");
  });

  it("grows with a new province, without code", () => {
    const base = fixture();
    expect(sideBySideFigure(base, "vi").subtitle).toMatch(/Không tỉnh nào đếm đợt phát động/);
    const more = indexDataset({ ...base, provinces: [...base.provinces, province("tay", "Tỉnh Tây", 13)], results: [...base.results, result("tay", "campaign_launches", 12, "exact")] });
    const view = sideBySideFigure(more, "vi");
    expect(view.rows.map((r) => r.name)).toContain("Tỉnh Tây");
    const tay = view.rows.find((r) => r.name === "Tỉnh Tây")!;
    expect(tay.cells[view.columns.findIndex((c) => c.key === "campaign_launches")]!.values.map((v) => v.text)).toEqual(["12"]);
    // Its takeaway is recomputed from the cells.
    expect(view.subtitle).toMatch(/Chỉ Tỉnh Tây đếm đợt phát động/);
  });

  it("writes each cell with its bound word, what it counts, and 'không báo cáo' where nothing was reported", () => {
    const data = fixture();
    data.provinces[0]!.counts = { models: "mô hình xây mới" };
    const view = sideBySideFigure(data, "vi");
    const bac = view.rows[0]!;
    expect(bac.cells[0]).toMatchObject({ status: "number", values: [{ text: "83" }], counts: "mô hình xây mới" });
    expect(bac.cells[3]!.values.map((v) => v.text)).toEqual(["20 tập thể", "23 cá nhân"]);
    const trung = view.rows[1]!;
    expect(trung.cells[0]!.values[0]!.text).toBe("trên 366");
    expect(trung.cells[3]!.values.map((v) => v.text)).toEqual(["tập thể: có, không nêu số lượng"]);
    // The kind of recipient it did not report is said, not left out: no half-figure.
    expect(trung.cells[3]!.words).toBe("cá nhân: không báo cáo");
    expect(trung.missing).toBe("Không báo cáo: phát động phong trào.");
    expect(view.rows[2]!.cells.every((c) => c.words === "không báo cáo")).toBe(true);
    // English cells in English words and numbers.
    expect(sideBySideFigure(data, "en").rows[1]!.cells[0]!.values[0]!.text).toBe("more than 366");
  });
});

describe("the side-by-side view's headers", () => {
  it("gives a topic of one column that its label repeats one header, not two ('Mô hình / Mô hình')", () => {
    const real = indexDataset(validateProject(realFiles()).dataset);
    const view = sideBySideFigure(real, "vi");
    expect(view.topics.find((t) => t.topic === "models")).toMatchObject({ label: "Mô hình", alone: true });
    expect(view.topics.find((t) => t.topic === "awards")!.alone).toBeUndefined();
    expect(view.columns.filter((c) => c.alone).map((c) => c.key)).toEqual(["models"]);
  });
});

describe("what a province reported, counted", () => {
  it("counts numbers only, not mentions without one", () => {
    const data = fixture();
    expect(numbersReported(data.figures, "trung")).toBe(1);
    expect(numbersReported(data.figures, "bac")).toBe(5);
    expect(numbersReported(data.figures, "dong")).toBe(0);
  });
});

describe("amounts in words", () => {
  it("reads 'hàng nghìn', 'hàng trăm', 'hàng chục' and shows them as such, never as 'yes'", () => {
    expect(vagueAmount("điều tra làm rõ hàng nghìn vụ phạm tội")).toBe("thousands");
    expect(vagueAmount("hàng ngàn lượt người")).toBe("thousands");
    expect(vagueAmount("Hàng trăm mô hình")).toBe("hundreds");
    expect(vagueAmount("hàng chục nghìn lượt người")).toBe("tens_of_thousands");
    expect(vagueAmount("hàng trăm nghìn hội viên")).toBe("hundreds_of_thousands");
    expect(vagueAmount("trao bằng khen cho các tập thể")).toBeUndefined();
    expect(vagueAmount("ngân hàng nghìn tỷ")).toBeUndefined();
    const row = result("bac", "teams", null, "unquantified", "làm rõ hàng nghìn vụ");
    expect(formatFigure({ ...row, rows: [row] }, "count", "vi")).toBe("hàng nghìn");
    expect(mentionText({ ...row, rows: [row] }, "en")).toBe("thousands");
    expect(mentionText({ value: null, qualifier: "unquantified", rows: [result("bac", "teams", null, "unquantified", "có trao")] }, "vi")).toBe("có, không nêu số lượng");
  });
});
