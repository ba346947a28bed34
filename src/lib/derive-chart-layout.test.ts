import { describe, expect, it } from "vitest";
import { deriveChartLayout, deriveVisibleTicks, nearestIndex, type LayoutInput } from "./derive-chart-layout";

const base: LayoutInput = {
  width: 600,
  height: 300,
  margin: { top: 8, right: 28, bottom: 0, left: 4 },
  yAxisWidth: 52,
  xAxisHeight: 30,
  xAxis: { kind: "time", domain: [100, 200] },
  yScale: "linear",
  yDomain: [0, 1000],
};

describe("deriveChartLayout", () => {
  it("puts the plot inside the margins and axes", () => {
    const { plot } = deriveChartLayout(base);
    expect(plot).toEqual({ x: 56, y: 8, width: 516, height: 262 });
  });

  it("maps the first and last day to the plot's edges on a time axis", () => {
    const layout = deriveChartLayout(base);
    expect(layout.x(100)).toBe(56);
    expect(layout.x(200)).toBe(572);
    expect(layout.x(150)).toBe(314);
    expect(layout.x("2023-01-01")).toBeUndefined();
  });

  it("centres a one-day range", () => {
    const layout = deriveChartLayout({ ...base, xAxis: { kind: "time", domain: [5, 5] } });
    expect(layout.x(5)).toBe(56 + 516 / 2);
  });

  it("splits a band axis into equal bands, points in the middle", () => {
    const layout = deriveChartLayout({
      ...base,
      width: 484,
      xAxis: { kind: "band", keys: ["a", "b", "c", "d"] },
    });
    // plot width 400: four bands of 100 px
    expect(layout.bandwidth).toBe(100);
    expect(layout.x("a", "start")).toBe(56);
    expect(layout.x("b")).toBe(206);
    expect(layout.x("d", "end")).toBe(456);
    expect(layout.x("e")).toBeUndefined();
  });

  it("puts the domain's ends on the plot's bottom and top, linear in between", () => {
    const layout = deriveChartLayout(base);
    expect(layout.y(0)).toBe(270);
    expect(layout.y(1000)).toBe(8);
    expect(layout.y(500)).toBe(139);
  });

  it("spaces powers of ten evenly on a log axis and cannot draw zero", () => {
    const layout = deriveChartLayout({ ...base, yScale: "log", yDomain: [10, 1000] });
    expect(layout.y(10)).toBe(270);
    expect(layout.y(100)).toBe(139);
    expect(layout.y(1000)).toBe(8);
    expect(layout.y(0)).toBeUndefined();
  });
});

describe("deriveVisibleTicks", () => {
  it("keeps every label when they fit", () => {
    expect(deriveVisibleTicks([0, 100, 200, 300], [40, 40, 40, 40], 8)).toEqual([0, 1, 2, 3]);
  });

  it("drops labels that would overlap, always keeping the first and last", () => {
    // 60 px apart, 56 px wide: every other one fits; the last is kept even if it squeezes the one before.
    expect(deriveVisibleTicks([0, 60, 120, 180, 240], [56, 56, 56, 56, 56], 8)).toEqual([0, 2, 4]);
    expect(deriveVisibleTicks([0, 60, 120, 180], [56, 56, 56, 56], 8)).toEqual([0, 3]);
  });
});

describe("nearestIndex", () => {
  it("finds the nearest point, the earlier one on a tie", () => {
    const xs = [10, 20, 40];
    expect(nearestIndex(xs, 0)).toBe(0);
    expect(nearestIndex(xs, 14)).toBe(0);
    expect(nearestIndex(xs, 15)).toBe(0);
    expect(nearestIndex(xs, 16)).toBe(1);
    expect(nearestIndex(xs, 31)).toBe(2);
    expect(nearestIndex(xs, 99)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});
