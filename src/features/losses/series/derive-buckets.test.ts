import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { eachDay } from "../../../lib/dates";
import { deriveBuckets, deriveBucketTotals } from "./derive-buckets";

const d = (s: string) => s as IsoDate;

describe("deriveBuckets", () => {
  // 2023-07-01 is a Saturday; 2023-07-03 a Monday.
  const dates = eachDay(d("2023-06-20"), d("2023-08-10"));

  it("cuts ISO weeks (Monday–Sunday) at the range edges and flags them partial", () => {
    const weeks = deriveBuckets(dates, { from: d("2023-07-01"), to: d("2023-07-18") }, "week");
    expect(weeks.map((w) => [w.start, w.end, w.days, w.partial])).toEqual([
      ["2023-07-01", "2023-07-02", 2, true],
      ["2023-07-03", "2023-07-09", 7, false],
      ["2023-07-10", "2023-07-16", 7, false],
      ["2023-07-17", "2023-07-18", 2, true],
    ]);
    expect(weeks[0]).toMatchObject({ bucketStart: "2023-06-26", bucketEnd: "2023-07-02", fullDays: 7 });
  });

  it("makes calendar months, partial when the range or the data cuts them", () => {
    const months = deriveBuckets(dates, { from: d("2023-06-01"), to: d("2023-08-31") }, "month");
    expect(months.map((m) => [m.start, m.end, m.days, m.fullDays, m.partial])).toEqual([
      ["2023-06-20", "2023-06-30", 11, 30, true],
      ["2023-07-01", "2023-07-31", 31, 31, false],
      ["2023-08-01", "2023-08-10", 10, 31, true],
    ]);
  });

  it("sums losses per bucket from the cumulative series", () => {
    const few = eachDay(d("2023-07-01"), d("2023-07-04"));
    const weeks = deriveBuckets(few, { from: d("2023-07-01"), to: d("2023-07-04") }, "week");
    // Totals: 100 (from zero), then 110, 120, 125 → week 1 (Sat–Sun) 110, week 2 (Mon–Tue) 15.
    expect(deriveBucketTotals(few, [100, 110, 120, 125], weeks)).toEqual([110, 15]);
    // A missing Sunday leaves both weeks unknown: one ends on it, the next starts after it.
    expect(deriveBucketTotals(few, [100, null, 120, 125], weeks)).toEqual([null, null]);
  });

  it("returns one bucket for a single-day range", () => {
    const one = deriveBuckets(dates, { from: d("2023-07-05"), to: d("2023-07-05") }, "month");
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ start: "2023-07-05", end: "2023-07-05", partial: true });
  });
});
