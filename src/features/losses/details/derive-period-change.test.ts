import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { derivePeriodChanges, sortByPeriodChange } from "./derive-period-change";

const range = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

describe("derivePeriodChanges", () => {
  // Losses per day: tank 10,10,10 | 20,20,20 ; apc 5,5,5 | 5,5,5 ; aircraft 1,1,1 | 0,0,0
  const gs = makeGeneralStaff({
    start: "2024-01-01",
    tank: [10, 20, 30, 50, 70, 90],
    apc: [5, 10, 15, 20, 25, 30],
    aircraft: [1, 2, 3, 3, 3, 3],
  });

  it("compares the range with the period of the same length just before it", () => {
    const [tank] = derivePeriodChanges(gs, range("2024-01-04", "2024-01-06"), ["tank"]);
    expect(tank).toMatchObject({
      current: 60,
      previous: 30,
      ratio: 1,
      previousRange: { from: "2024-01-01", to: "2024-01-03" },
    });
  });

  it("has no comparison when the previous period lies before the data", () => {
    const [tank] = derivePeriodChanges(gs, range("2024-01-03", "2024-01-06"), ["tank"]);
    expect(tank).toMatchObject({ current: 90 - 20, previous: null, previousRange: null, ratio: null });
  });

  it("sorts the biggest increase first and leaves incomparable categories last", () => {
    const changes = derivePeriodChanges(gs, range("2024-01-04", "2024-01-06"), ["apc", "aircraft", "tank"]);
    const unknown = { category: "drone" as const, current: 3, previous: 0, previousRange: null, ratio: null };
    expect(sortByPeriodChange([unknown, ...changes]).map((c) => c.category)).toEqual([
      "tank",
      "apc",
      "aircraft",
      "drone",
    ]);
  });
});
