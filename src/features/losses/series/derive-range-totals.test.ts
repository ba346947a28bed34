import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveRangeTotals } from "./derive-range-totals";

const range = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

describe("deriveRangeTotals", () => {
  // Nine days, 17–25 Jul; made-up totals shaped like the General Staff's statements.
  const gs = makeGeneralStaff({
    start: "2023-07-17",
    tank: [4100, 4110, 4119, 4125, 4130, 4140, 4150, 4162, 4174],
  });

  it("counts the losses inside an inclusive range from the day before `from`", () => {
    const [tank] = deriveRangeTotals(gs, range("2023-07-19", "2023-07-25"), ["tank"]);
    expect(tank).toMatchObject({
      total: 4174,
      asOf: "2023-07-25",
      inRange: 4174 - 4110,
      baselineDate: "2023-07-18",
      onLastDay: 12,
      days: 7,
    });
    expect(tank?.dailyAverage).toBeCloseTo(64 / 7);
  });

  it("gives a single-day range the same in-range and last-day figures", () => {
    const [tank] = deriveRangeTotals(gs, range("2023-07-22", "2023-07-22"), ["tank"]);
    expect(tank).toMatchObject({ total: 4140, inRange: 10, onLastDay: 10, dailyAverage: 10, days: 1 });
  });

  it("measures a range starting on the first statement from zero (totals count since the invasion)", () => {
    const [tank] = deriveRangeTotals(gs, range("2023-07-17", "2023-07-18"), ["tank"]);
    expect(tank).toMatchObject({ inRange: 4110, baselineDate: null, onLastDay: 10 });
  });

  it("reads a range that ends on the last day, and clamps one that runs past it", () => {
    const [onLast] = deriveRangeTotals(gs, range("2023-07-24", "2023-07-25"), ["tank"]);
    const [pastLast] = deriveRangeTotals(gs, range("2023-07-24", "2023-08-30"), ["tank"]);
    expect(onLast).toMatchObject({ total: 4174, inRange: 24, onLastDay: 12, days: 2 });
    expect(pastLast).toEqual(onLast);
  });

  it("reports nothing (not zero) for a range before a category existed", () => {
    const late = makeGeneralStaff({ start: "2023-07-17", tank: [1, 2, 3, 4], submarine: [null, null, 1, 1] });
    const [before, straddling, after] = [
      deriveRangeTotals(late, range("2023-07-17", "2023-07-18"), ["submarine"])[0],
      deriveRangeTotals(late, range("2023-07-18", "2023-07-20"), ["submarine"])[0],
      deriveRangeTotals(late, range("2023-07-20", "2023-07-20"), ["submarine"])[0],
    ];
    expect(before).toMatchObject({ total: null, inRange: null, onLastDay: null, dailyAverage: null });
    expect(straddling).toMatchObject({
      total: 1,
      inRange: 0,
      firstReported: "2023-07-19",
      countedFrom: "2023-07-19",
    });
    expect(after).toMatchObject({ total: 1, inRange: 0, onLastDay: 0 });
  });

  it("counts a category first reported inside the range from that report, over the days after it", () => {
    const late = makeGeneralStaff({
      start: "2023-07-17",
      tank: [1, 2, 3, 4, 5],
      groundRobot: [null, null, 40, 43, 49],
    });
    const [robots] = deriveRangeTotals(late, range("2023-07-18", "2023-07-21"), ["groundRobot"]);
    expect(robots).toMatchObject({
      total: 49,
      inRange: 9,
      days: 2,
      dailyAverage: 4.5,
      countedFrom: "2023-07-19",
    });
    // A range that starts after the first report counts normally.
    const [later] = deriveRangeTotals(late, range("2023-07-20", "2023-07-21"), ["groundRobot"]);
    expect(later).toMatchObject({ inRange: 9, days: 2, countedFrom: null });
  });

  it("keeps a downward correction as a negative figure", () => {
    const corrected = makeGeneralStaff({ start: "2023-05-25", tank: [3800, 3810, 3805] });
    const [tank] = deriveRangeTotals(corrected, range("2023-05-27", "2023-05-27"), ["tank"]);
    expect(tank?.onLastDay).toBe(-5);
  });
});
