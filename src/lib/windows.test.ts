import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import { addDays } from "./dates";
import {
  gainedLostBetween,
  heldOn,
  roundKm2,
  weeksOf,
  windowChange,
  windowSince,
  type DayWindow,
} from "./windows";

const d = (s: string) => s as IsoDate;
const w = (from: string, to: string): DayWindow => ({ from: d(from), to: d(to) });
const daysFrom = (start: string, n: number) => Array.from({ length: n }, (_, i) => addDays(d(start), i));

// Mon 17 Jul 2023 … Wed 26 Jul 2023 (10 days).
const dates = daysFrom("2023-07-17", 10);
const totals = [100, 103, 110, 118, 120, 121, 130, 131, 140, 141];

describe("windowSince", () => {
  it("starts the day after the baseline report", () => {
    expect(windowSince(d("2023-07-18"), d("2023-07-25"))).toEqual(w("2023-07-19", "2023-07-25"));
  });
});

describe("heldOn", () => {
  it("reads the day's value, and null outside the series", () => {
    expect(heldOn(dates, totals, d("2023-07-20"))).toBe(118);
    expect(heldOn(dates, totals, d("2023-07-16"))).toBeNull();
    expect(heldOn(dates, totals, d("2023-07-27"))).toBeNull();
  });
});

describe("windowChange", () => {
  it("is the last day's value minus the day before the first (both ends included)", () => {
    // 19..25 Jul: 140 (25 Jul) − 103 (18 Jul).
    expect(windowChange(dates, totals, w("2023-07-19", "2023-07-25"))).toEqual({
      change: 37,
      end: 140,
      baseline: 103,
      baselineDate: "2023-07-18",
    });
  });

  it("a since-baseline window gives the same figure as to − baseline", () => {
    expect(windowChange(dates, totals, windowSince(d("2023-07-18"), d("2023-07-25"))).change).toBe(140 - 103);
  });

  it("a one-day window is that day's change", () => {
    expect(windowChange(dates, totals, w("2023-07-25", "2023-07-25")).change).toBe(9);
  });

  it("from the series' first day uses the stated baseline before it, else has no figure", () => {
    expect(windowChange(dates, totals, w("2023-07-17", "2023-07-18"), 0).change).toBe(103);
    expect(windowChange(dates, totals, w("2023-07-17", "2023-07-18")).change).toBeNull();
    expect(windowChange(dates, totals, w("2023-07-10", "2023-07-18"), 0).change).toBeNull();
  });

  it("has no figure when the baseline day was not reported", () => {
    expect(windowChange(dates, [100, null, 110, 118], w("2023-07-19", "2023-07-20")).change).toBeNull();
  });
});

describe("gainedLostBetween", () => {
  const gained = [null, 1.25, 0, 2.5, 0, 0.3, 0, 0, 0.1, 0];
  const lost = [null, 0.05, 4, 0, 0.15, 0, 1, 2, 0, 0];

  it("sums each day's change from the day before over the window, unrounded", () => {
    const r = gainedLostBetween(dates, gained, lost, w("2023-07-18", "2023-07-24"));
    expect(r.gained).toBeCloseTo(4.05, 10);
    expect(r.lost).toBeCloseTo(7.2, 10);
    expect(r.missingDays).toEqual([]);
  });

  it("counts the window's days only, none before its first", () => {
    // 19..20 Jul: the days 19 and 20 only (18 Jul's change is outside).
    const r = gainedLostBetween(dates, gained, lost, w("2023-07-19", "2023-07-20"));
    expect(r.gained).toBe(2.5);
    expect(r.lost).toBe(4);
  });

  it("names the days with no measured change", () => {
    const r = gainedLostBetween(dates, gained, lost, w("2023-07-16", "2023-07-18"));
    expect(r.missingDays).toEqual(["2023-07-16", "2023-07-17"]);
    expect(r.gained).toBe(1.25);
    expect(gainedLostBetween(dates, gained, lost, w("2023-07-17", "2023-07-17")).gained).toBeNull();
  });
});

describe("weeksOf", () => {
  it("cuts Monday-to-Sunday weeks at the window's edges and flags them partial", () => {
    // Wed 19 Jul .. Tue 1 Aug 2023.
    expect(weeksOf(w("2023-07-19", "2023-08-01"))).toEqual([
      { from: "2023-07-19", to: "2023-07-23", monday: "2023-07-17", days: 5, partial: true },
      { from: "2023-07-24", to: "2023-07-30", monday: "2023-07-24", days: 7, partial: false },
      { from: "2023-07-31", to: "2023-08-01", monday: "2023-07-31", days: 2, partial: true },
    ]);
  });

  it("a Monday-to-Sunday window is one whole week", () => {
    expect(weeksOf(w("2023-07-17", "2023-07-23"))).toEqual([
      { from: "2023-07-17", to: "2023-07-23", monday: "2023-07-17", days: 7, partial: false },
    ]);
  });

  it("weeks' changes add up to the window's", () => {
    const gained = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const window = w("2023-07-18", "2023-07-26");
    const weekly = weeksOf(window).map((x) => gainedLostBetween(dates, gained, gained, x).gained);
    expect(weekly).toEqual([1 + 2 + 3 + 4 + 5 + 6, 7 + 8 + 9]);
    expect(gainedLostBetween(dates, gained, gained, window).gained).toBe(45 - 0);
  });
});

describe("roundKm2", () => {
  it("rounds to tenths once", () => {
    expect(roundKm2(10.449999)).toBe(10.4);
    expect(roundKm2(0.05 + 0.1 + 0.2)).toBe(0.4);
  });
});
