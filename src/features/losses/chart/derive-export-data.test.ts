import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveCategorySeries } from "../series/derive-category-series";
import { deriveChartModel } from "../series/derive-chart-rows";
import { deriveLossesExportData, lossesFileStem } from "./derive-export-data";

const range = { from: "2023-07-02" as IsoDate, to: "2023-07-04" as IsoDate };
const gs = makeGeneralStaff({ start: "2023-07-01", tank: [100, 102, 105, 109], personnel: [10, 20, 35, 50] });
const series = deriveCategorySeries(gs);

describe("deriveLossesExportData", () => {
  it("lists every day of the range with the view's values, one column per category", () => {
    const model = deriveChartModel(gs.dates, series, {
      range,
      categories: ["personnel", "tank"],
      view: "daily",
      scale: "log",
    });
    const data = deriveLossesExportData(model, ["personnel", "tank"], "daily");
    expect(data.columns).toEqual(["date", "Personnel (losses per day)", "Tanks (losses per day)"]);
    expect(data.rows).toEqual([
      ["2023-07-02", 10, 2],
      ["2023-07-03", 15, 3],
      ["2023-07-04", 15, 4],
    ]);
    expect(data.fileStem).toBe("personnel-tank-losses-per-day-general-staff");
    expect(data.range).toEqual(range);
  });

  it("gives weeks with their first and last day and whether the range cut them", () => {
    const model = deriveChartModel(gs.dates, series, {
      range,
      categories: ["tank"],
      view: "weekly",
      scale: "linear",
    });
    const data = deriveLossesExportData(model, ["tank"], "weekly");
    expect(data.columns.slice(0, 3)).toEqual(["period start", "period end", "partial period"]);
    expect(data.rows.map((r) => r.slice(0, 3))).toEqual(
      model.rows.map((r) => [r.start, r.end, r.partial ? "yes" : "no"]),
    );
    expect(data.rows.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(109 - 100);
  });
});

describe("lossesFileStem", () => {
  it("names the categories and the view, or the group past three categories", () => {
    expect(lossesFileStem(["tank"], "cumulative")).toBe("tank-losses-general-staff");
    expect(lossesFileStem(["tank", "apc", "artillery", "mlrs"], "monthly")).toBe(
      "equipment-losses-per-month-general-staff",
    );
  });
});
