import { describe, expect, it } from "vitest";
import { iso } from "../data/test-builders";
import { indexAtOrAfter, indexAtOrBefore, indexOfDay, rangeIndexes } from "./series-index";

// Snapshots with gaps, like Oryx's: no 3rd, 4th or 6th.
const gapped = ["2023-07-01", "2023-07-02", "2023-07-05", "2023-07-07"].map(iso);
const daily = ["2023-07-01", "2023-07-02", "2023-07-03"].map(iso);

describe("series indexes on gapped dates", () => {
  it("finds the snapshot on or before a day that has none", () => {
    expect(indexAtOrBefore(gapped, iso("2023-07-04"))).toBe(1);
    expect(indexAtOrBefore(gapped, iso("2023-07-05"))).toBe(2);
    expect(indexAtOrBefore(gapped, iso("2023-06-30"))).toBe(-1);
    expect(indexAtOrBefore(gapped, iso("2024-01-01"))).toBe(3);
  });
  it("finds the snapshot on or after a day that has none", () => {
    expect(indexAtOrAfter(gapped, iso("2023-07-03"))).toBe(2);
    expect(indexAtOrAfter(gapped, iso("2023-07-01"))).toBe(0);
    expect(indexAtOrAfter(gapped, iso("2023-07-08"))).toBe(4);
  });
  it("spans only the snapshots inside a range, and none when a range falls in a gap", () => {
    expect(rangeIndexes(gapped, { from: iso("2023-07-03"), to: iso("2023-07-06") })).toEqual({
      start: 2,
      end: 2,
    });
    expect(rangeIndexes(gapped, { from: iso("2023-07-03"), to: iso("2023-07-04") })).toBeNull();
    expect(rangeIndexes(gapped, { from: iso("2023-06-01"), to: iso("2023-12-31") })).toEqual({
      start: 0,
      end: 3,
    });
  });
  it("agrees with day arithmetic on a gap-free series", () => {
    for (const day of daily) expect(indexAtOrBefore(daily, day)).toBe(indexOfDay(daily, day));
    expect(rangeIndexes(daily, { from: iso("2023-06-01"), to: iso("2023-07-02") })).toEqual({
      start: 0,
      end: 1,
    });
  });
});
