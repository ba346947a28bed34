import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveCategorySeries } from "./derive-category-series";
import { deriveChartModel } from "./derive-chart-rows";
import { deriveSortedTableRows } from "../details/derive-table-rows";

const range = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

describe("deriveChartModel", () => {
  // 2023-07-01 (Sat) … 2023-07-10 (Mon); a downward correction on 07-05.
  const gs = makeGeneralStaff({
    start: "2023-07-01",
    tank: [100, 102, 105, 109, 107, 110, 120, 121, 130, 131],
    personnel: [1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500],
  });
  const series = deriveCategorySeries(gs);
  const model = (
    view: "cumulative" | "daily" | "avg7" | "weekly" | "monthly",
    scale: "linear" | "log" = "linear",
  ) =>
    deriveChartModel(gs.dates, series, {
      range: range("2023-07-02", "2023-07-09"),
      categories: ["tank"],
      view,
      scale,
    });

  it("shows cumulative totals with the day's losses as the change", () => {
    const m = model("cumulative");
    expect(m.rows.map((r) => r.values.tank)).toEqual([102, 105, 109, 107, 110, 120, 121, 130]);
    expect(m.rows[0]?.change.tank).toBe(2);
    expect(m.rows[3]?.change.tank).toBe(-2);
  });

  it("shows losses per day, with the change versus the day before (even before the range)", () => {
    const m = model("daily");
    expect(m.rows.map((r) => r.values.tank)).toEqual([2, 3, 4, -2, 3, 10, 1, 9]);
    expect(m.rows[0]?.change.tank).toBe(2 - 100);
  });

  it("averages seven days, using days before the range for the first points", () => {
    const m = deriveChartModel(gs.dates, series, {
      range: range("2023-07-08", "2023-07-08"),
      categories: ["tank"],
      view: "avg7",
      scale: "linear",
    });
    expect(m.rows[0]?.values.tank).toBeCloseTo((121 - 100) / 7);
  });

  it("groups weeks and marks the cut edges partial", () => {
    const m = model("weekly");
    expect(m.unit).toBe("week");
    expect(m.rows.map((r) => [r.start, r.end, r.values.tank, r.partial])).toEqual([
      ["2023-07-02", "2023-07-02", 2, true],
      ["2023-07-03", "2023-07-09", 28, false],
    ]);
    expect([m.partialFirst, m.partialLast]).toEqual([true, false]);
  });

  it("compares a full week after a partial one per day, never as raw totals", () => {
    const m = model("weekly");
    // 2 in 1 day (partial) vs 28 in 7 days: +2 a day, not +26.
    expect(m.rows[1]?.perDay).toBe(true);
    expect(m.rows[1]?.change.tank).toBeCloseTo(28 / 7 - 2 / 1);
    // Two full weeks compare their totals.
    const full = deriveChartModel(
      makeGeneralStaff({ start: "2023-07-03", tank: Array.from({ length: 14 }, (_, i) => 10 * (i + 1)) })
        .dates,
      deriveCategorySeries(
        makeGeneralStaff({
          start: "2023-07-03",
          tank: Array.from({ length: 14 }, (_, i) => 10 * (i + 1) + i * i),
        }),
      ),
      { range: range("2023-07-03", "2023-07-16"), categories: ["tank"], view: "weekly", scale: "linear" },
    );
    expect(full.rows[1]?.perDay).toBe(false);
    expect(full.rows[1]?.change.tank).toBe(
      (full.rows[1]?.values.tank ?? NaN) - (full.rows[0]?.values.tank ?? NaN),
    );
  });

  it("draws no point for a negative day on a log scale and says how many were left out", () => {
    const m = model("daily", "log");
    expect(m.rows[3]?.values.tank).toBe(-2);
    expect(m.rows[3]?.plotted.tank).toBeNull();
    expect(m.hiddenOnLog.tank).toBe(1);
  });

  it("sorts the table by a column, either way, with ties in date order", () => {
    const rows = model("daily").rows;
    const desc = deriveSortedTableRows(rows, { column: "tank", direction: "descending" });
    expect(desc.map((r) => r.values.tank)).toEqual([10, 9, 4, 3, 3, 2, 1, -2]);
    expect(desc[3]?.key).toBe("2023-07-03");
    const byDate = deriveSortedTableRows(rows, { column: "date", direction: "descending" });
    expect(byDate[0]?.key).toBe("2023-07-09");
  });

  it("gives the same daily rows whatever the range, counting hidden log points inside it only", () => {
    const at = (from: string, to: string, scale: "linear" | "log" = "linear") =>
      deriveChartModel(gs.dates, series, {
        range: range(from, to),
        categories: ["tank"],
        view: "daily",
        scale,
      });
    const wide = at("2023-07-02", "2023-07-09", "log");
    const narrow = at("2023-07-06", "2023-07-08", "log");
    expect(narrow.rows.map((r) => r.key)).toEqual(["2023-07-06", "2023-07-07", "2023-07-08"]);
    expect(narrow.rows.map((r) => r.plotted.tank)).toEqual([3, 10, 1]);
    expect(narrow.rows[0]?.change.tank).toBe(3 - -2);
    // The fall on 07-05 is in the wide range only.
    expect(wide.hiddenOnLog.tank).toBe(1);
    expect(narrow.hiddenOnLog.tank).toBe(0);
    // One set of rows per view, sliced (and frozen, so the chart library never copies or freezes them again).
    expect(narrow.rows[0]).toBe(wide.rows[4]);
    expect(Object.isFrozen(narrow.rows[0]?.plotted)).toBe(true);
    // Another scale or set of categories gets its own rows.
    expect(at("2023-07-06", "2023-07-08").rows[0]).not.toBe(narrow.rows[0]);
    const both = deriveChartModel(gs.dates, series, {
      range: range("2023-07-06", "2023-07-08"),
      categories: ["tank", "personnel"],
      view: "daily",
      scale: "log",
    });
    expect(both.rows.map((r) => r.values.personnel)).toEqual([500, 500, 500]);
    expect(both.rows.map((r) => r.values.tank)).toEqual([3, 10, 1]);
  });
});
