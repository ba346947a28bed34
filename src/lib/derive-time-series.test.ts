import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import { addDays, eachDay } from "./dates";
import { dayNumber } from "./series-index";
import {
  dayKeys,
  deriveDrawnRows,
  deriveTimeTicks,
  deriveSeriesGeometry,
  placeMarks,
  placeSpans,
  rowAtPixel,
  SERIES_MARGIN as CHART_MARGIN,
  SERIES_Y_AXIS_WIDTH as Y_AXIS_WIDTH,
  type ChartRow,
} from "./derive-time-series";

const d = (s: string) => s as IsoDate;
const START = d("2023-01-01");
/** Made-up rows: `a` and `b` per day from 1 Jan 2023, `null` for a missing value. */
const rowsOf = (values: readonly [number | null, number | null][], step = 1): ChartRow[] =>
  values.map(([a, b], i) => ({ date: addDays(START, i * step), a, b }));

// A 200 px wide chart: the plot starts after the margin and the y axis and ends before the margin.
const WIDTH = 200;
const PLOT_X = CHART_MARGIN.left + Y_AXIS_WIDTH;
const PLOT_W = WIDTH - PLOT_X - CHART_MARGIN.right;

const geometry = (rows: ChartRow[], keys = ["a", "b"]) =>
  deriveSeriesGeometry({ rows, keys, width: WIDTH, height: 100, yDomain: [0, 10] })!;

/** The points of a path ("M1,2L3,4") as [x, y] pairs, and its subpath count. */
const points = (path: string) =>
  [...path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const subpaths = (path: string) => path.split("M").length - 1;

describe("deriveSeriesGeometry", () => {
  it("places rows by day, so a week without rows leaves a week's width", () => {
    // Days 0, 1 and 8: the third point sits 8 days from the first, not 2 rows.
    const rows: ChartRow[] = [0, 1, 8].map((k) => ({ date: addDays(START, k), a: 5, b: 5 }));
    const g = geometry(rows);
    expect(g.xs[0]).toBeCloseTo(PLOT_X);
    expect(g.xs[1]).toBeCloseTo(PLOT_X + PLOT_W / 8);
    expect(g.xs[2]).toBeCloseTo(PLOT_X + PLOT_W);
    expect(g.domain).toEqual([dayNumber(START), dayNumber(addDays(START, 8))]);
  });

  it("never joins a line across a missing value, and draws each series on its own", () => {
    const g = geometry(
      rowsOf([
        [1, 2],
        [2, null],
        [null, null],
        [4, 5],
        [5, 6],
      ]),
    );
    const [a, b] = g.paths;
    expect(subpaths(a!)).toBe(2); // days 0–1, days 3–4
    expect(points(a!)).toHaveLength(4);
    expect(subpaths(b!)).toBe(2); // day 0 alone, days 3–4
    expect(b!.startsWith("M") && b!.includes("Z")).toBe(true);
  });

  it("puts higher values higher up, on the y domain", () => {
    const g = geometry(
      rowsOf([
        [0, 10],
        [10, 0],
      ]),
    );
    const [[, yLow], [, yHigh]] = points(g.paths[0]!) as [number[], number[]];
    expect(yHigh).toBeLessThan(yLow!);
    expect(g.layout.y(10)).toBeCloseTo(CHART_MARGIN.top);
  });

  it("gives nothing without rows", () => {
    expect(deriveSeriesGeometry({ rows: [], keys: ["a"], width: 200, height: 100, yDomain: [0, 1] })).toBe(
      null,
    );
  });

  it("draws fewer points than rows when the rows outnumber the pixels, keeping the peak", () => {
    // 1,000 days on a ~120 px plot, one spike on day 500.
    const values = Array.from({ length: 1000 }, (_, i): [number, number] => [i === 500 ? 9 : 1, 2]);
    const g = geometry(rowsOf(values));
    expect(g.drawn).toBeLessThan(1000);
    const peakY = g.layout.y(9)!;
    expect(points(g.paths[0]!).some(([, y]) => Math.abs(y! - peakY) < 0.01)).toBe(true);
    // The pointer still finds every day.
    expect(g.xs).toHaveLength(1000);
  });
});

describe("deriveDrawnRows", () => {
  const xsOf = (n: number, perColumn: number) => Array.from({ length: n }, (_, i) => i / perColumn);

  it("keeps every row when they fit the columns", () => {
    const rows = rowsOf([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(deriveDrawnRows(rows, ["a"], xsOf(3, 1), 10)).toEqual([0, 1, 2]);
  });

  it("keeps each column's first, last, lowest and highest rows", () => {
    // Ten rows in two columns of five; column 0 peaks at row 2 and dips at row 3.
    const rows = rowsOf([
      [5, 0],
      [5, 0],
      [9, 0],
      [1, 0],
      [5, 0],
      [5, 0],
      [5, 0],
      [5, 0],
      [5, 0],
      [5, 0],
    ]);
    const kept = deriveDrawnRows(rows, ["a"], xsOf(10, 5), 2);
    expect(kept).toEqual(expect.arrayContaining([0, 2, 3, 4, 5, 9]));
    expect(kept).not.toContain(7);
  });

  it("keeps both rows at each edge of a gap, so the line stops where its values do", () => {
    const rows = rowsOf(
      Array.from({ length: 12 }, (_, i): [number | null, number] => [i >= 5 && i <= 7 ? null : 1, 1]),
    );
    const kept = deriveDrawnRows(rows, ["a"], xsOf(12, 6), 2);
    expect(kept).toEqual(expect.arrayContaining([4, 5, 7, 8]));
  });
});

describe("placeSpans and placeMarks", () => {
  const rows = rowsOf(Array.from({ length: 101 }, (): [number, number] => [1, 1]));
  const g = geometry(rows);
  const day = (k: number) => addDays(START, k);

  it("cuts a span to the axis' days and labels it only where the label fits", () => {
    const [wide, narrow] = placeSpans(
      [
        { from: day(-30), to: day(100), label: "wide" },
        { from: day(10), to: day(11), label: "Oryx: still being documented" },
      ],
      g.layout,
      g.domain,
    );
    expect(wide!.x).toBeCloseTo(PLOT_X);
    expect(wide!.x + wide!.width).toBeCloseTo(PLOT_X + PLOT_W);
    expect(wide!.label).toBe("wide");
    expect(narrow!.label).toBe(null);
  });

  it("leaves out a span wholly outside the range", () => {
    expect(placeSpans([{ from: day(200), to: day(210), label: "x" }], g.layout, g.domain)).toEqual([]);
  });

  it("draws every mark in the range but labels only those with room", () => {
    const marks = placeMarks(
      [
        { date: day(60), label: "A +1" },
        { date: day(61), label: "B +1" },
        { date: day(300), label: "outside" },
      ],
      g.layout,
      g.domain,
    );
    expect(marks.map((m) => m.key)).toEqual([`${day(60)}A +1`, `${day(61)}B +1`]);
    expect(marks.filter((m) => m.label !== null)).toHaveLength(1);
    expect(marks[0]!.x).toBeCloseTo(PLOT_X + (PLOT_W * 60) / 100);
  });
});

describe("rowAtPixel", () => {
  it("finds the day nearest the pointer", () => {
    const xs = [10, 20, 50];
    expect(rowAtPixel(xs, 0)).toBe(0);
    expect(rowAtPixel(xs, 16)).toBe(1);
    expect(rowAtPixel(xs, 36)).toBe(2);
    expect(rowAtPixel(xs, 99)).toBe(2);
    expect(rowAtPixel([], 5)).toBe(-1);
  });
});

describe("dayKeys and deriveTimeTicks", () => {
  it("counts every calendar day, across month ends, a leap day and a new year", () => {
    const from = d("2023-12-25");
    const to = d("2024-03-05");
    expect(dayKeys(dayNumber(from), dayNumber(to))).toEqual(eachDay(from, to));
  });

  it("puts the ticks of a few months on month starts", () => {
    const ticks = deriveTimeTicks([dayNumber(d("2023-06-15")), dayNumber(d("2023-10-20"))], 1000);
    expect(ticks).toEqual(
      ["2023-07-01", "2023-08-01", "2023-09-01", "2023-10-01"].map((k) => dayNumber(d(k))),
    );
  });
});

describe("deriveSeriesGeometry: gaps between snapshots", () => {
  // Rows on days 0, 1, 2, then 12 and 13: nine days without a row between 2 and 12.
  const rows: ChartRow[] = [0, 1, 2, 12, 13].map((k) => ({ date: addDays(START, k), a: 5, b: 6 }));
  const withGaps = (maxGapDays?: number) =>
    deriveSeriesGeometry({ rows, keys: ["a"], width: WIDTH, height: 100, yDomain: [0, 10], maxGapDays })!;

  it("breaks the line across a stretch longer than the threshold and names it", () => {
    const g = withGaps(7);
    expect(subpaths(g.paths[0]!)).toBe(2);
    expect(points(g.paths[0]!)).toHaveLength(5);
    expect(g.gaps).toEqual([{ from: "2023-01-04", to: "2023-01-12", label: "no snapshot for 9 days" }]);
  });

  it("joins rows up to the threshold apart, and always without one", () => {
    expect(withGaps(10).gaps).toEqual([]);
    expect(subpaths(withGaps(10).paths[0]!)).toBe(1);
    expect(subpaths(withGaps().paths[0]!)).toBe(1);
  });
});
