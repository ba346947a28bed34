import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveCategorySeries } from "../series/derive-category-series";
import { deriveChartModel } from "../series/derive-chart-rows";
import { deriveLossesScales, logDomain, MARGIN, Y_AXIS_WIDTH } from "./derive-losses-scales";

// Mon 2023-07-03 … Sun 2023-07-16: two whole weeks.
const gs = makeGeneralStaff({
  start: "2023-07-03",
  tank: [100, 102, 105, 109, 110, 120, 121, 130, 131, 133, 140, 141, 150, 155],
  apc: [10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16],
});
const series = deriveCategorySeries(gs);
const range = { from: "2023-07-03" as IsoDate, to: "2023-07-16" as IsoDate };
const scalesOf = (
  view: "cumulative" | "daily" | "weekly",
  scale: "linear" | "log",
  cats = ["tank"] as const,
) =>
  deriveLossesScales({
    model: deriveChartModel(gs.dates, series, { range, categories: [...cats], view, scale }),
    categories: [...cats],
    view,
    scale,
    width: 600,
    height: 300,
  });

describe("deriveLossesScales", () => {
  it("waits for the chart's width", () => {
    const model = deriveChartModel(gs.dates, series, {
      range,
      categories: ["tank"],
      view: "daily",
      scale: "linear",
    });
    expect(
      deriveLossesScales({
        model,
        categories: ["tank"],
        view: "daily",
        scale: "linear",
        width: 0,
        height: 300,
      }),
    ).toBeNull();
  });

  it("puts cumulative totals on round 1-2-5 ticks and the first day at the plot's left edge", () => {
    const s = scalesOf("cumulative", "linear")!;
    expect(s.yTicks).toEqual([100, 120, 140, 160]);
    expect(s.zeroLine).toBe(false);
    expect(s.timeAxis).toBe(true);
    expect(s.layout.plot.x).toBe(MARGIN.left + Y_AXIS_WIDTH);
    expect(s.layout.x(s.xTicks[0] as number)).toBe(MARGIN.left + Y_AXIS_WIDTH);
    expect(s.formatYTick(150)).toBe("150");
  });

  it("keeps zero and a zero line in views of changes", () => {
    const s = scalesOf("daily", "linear")!;
    expect(s.yTicks[0]).toBe(0);
    expect(s.zeroLine).toBe(true);
  });

  it("draws weeks as bands without line-end labels, even with two categories", () => {
    const s = scalesOf("weekly", "linear", ["tank", "apc"] as never)!;
    expect(s.bars).toBe(true);
    expect(s.endLabels).toBe(false);
    expect(s.xTicks).toEqual(["2023-07-03", "2023-07-10"]);
    // Two bands share the plot's 516 px (600 − 4 − 28 − 52).
    expect(s.layout.bandwidth).toBe(258);
  });

  it("labels the line ends of several lines, with room on the right", () => {
    const s = scalesOf("cumulative", "linear", ["tank", "apc"] as never)!;
    expect(s.endLabels).toBe(true);
    expect(s.layout.plot.width).toBe(600 - 4 - 88 - 52);
  });

  it("bounds a log axis on whole powers of ten", () => {
    const s = scalesOf("cumulative", "log")!;
    expect(s.yTicks).toEqual([100, 1000]);
    expect(logDomain([3, 40])).toEqual([1, 100]);
    expect(logDomain([Infinity, -Infinity])).toEqual([1, 10]);
    // At least one decade, even when every value lies in one.
    expect(logDomain([100, 100])).toEqual([100, 1000]);
  });
});
