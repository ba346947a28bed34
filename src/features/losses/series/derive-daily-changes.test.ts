import { describe, expect, it } from "vitest";
import { deriveDailyChanges } from "./derive-daily-changes";
import { deriveRollingAverage } from "./derive-rolling-average";

describe("deriveDailyChanges", () => {
  it("turns cumulative totals into losses per day, the first measured from zero", () => {
    expect(deriveDailyChanges([80, 146, 150])).toEqual([80, 66, 4]);
  });
  it("keeps negative days (General Staff corrections) instead of hiding them", () => {
    expect(deriveDailyChanges([10, 15, 12, 20])).toEqual([10, 5, -3, 8]);
  });
  it("leaves a day unknown when it or the day before was not reported", () => {
    expect(deriveDailyChanges([null, 5, null, 9, 11])).toEqual([null, null, null, null, 2]);
  });
});

describe("deriveRollingAverage", () => {
  it("averages the trailing seven days and waits for a full window", () => {
    const daily = [7, 7, 7, 7, 7, 7, 7, 14];
    expect(deriveRollingAverage(daily, 7)).toEqual([null, null, null, null, null, null, 7, 8]);
  });
  it("stays blank while a missing day is inside the window", () => {
    const out = deriveRollingAverage([1, null, 1, 1, 1], 2);
    expect(out).toEqual([null, null, null, 1, 1]);
  });
  it("lets a negative correction pull the average down", () => {
    expect(deriveRollingAverage([4, -2], 2)).toEqual([null, 1]);
  });
});
