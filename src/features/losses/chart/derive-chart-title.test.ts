import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveRangeTotals } from "../series/derive-range-totals";
import { deriveChartGroups, deriveChartTitle, formatBetween } from "./derive-chart-title";

const range = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });

describe("formatBetween", () => {
  it("names the range briefly, in the app's one date format", () => {
    expect(formatBetween(range("2023-07-19", "2023-07-25"))).toBe("between 19 and 25 Jul 2023");
    expect(formatBetween(range("2023-06-03", "2023-07-25"))).toBe("between 3 Jun and 25 Jul 2023");
    expect(formatBetween(range("2022-06-03", "2023-07-25"))).toBe("between 3 Jun 2022 and 25 Jul 2023");
    expect(formatBetween(range("2023-07-25", "2023-07-25"))).toBe("on 25 Jul 2023");
  });
});

describe("deriveChartTitle", () => {
  // Made-up totals.
  const gs = makeGeneralStaff({
    start: "2023-07-18",
    tank: [100, 110, 155],
    personnel: [5000, 5500, 6000],
    apc: [10, 11, 12],
    artillery: [1, 1, 2],
    groundRobot: [null, 3, 4],
  });
  const r = range("2023-07-19", "2023-07-20");

  it("states the range's losses with their units", () => {
    expect(deriveChartTitle(deriveRangeTotals(gs, r, ["tank"]), r)).toBe(
      "Ukraine's General Staff: Russia lost 55 tanks between 19 and 20 Jul 2023",
    );
    expect(deriveChartTitle(deriveRangeTotals(gs, r, ["personnel"]), r)).toBe(
      "Ukraine's General Staff: Russia lost 1,000 people (killed and wounded) between 19 and 20 Jul 2023",
    );
  });

  it("counts the categories past two instead of listing them all", () => {
    expect(deriveChartTitle(deriveRangeTotals(gs, r, ["tank", "apc", "artillery"]), r)).toBe(
      "Ukraine's General Staff: Russia lost 55 tanks, 2 armoured vehicles and 1 other category between 19 and 20 Jul 2023",
    );
  });

  it("says when a category is counted from its first report", () => {
    const late = makeGeneralStaff({ start: "2023-07-17", groundRobot: [null, null, 3, 4] });
    expect(
      deriveChartTitle(deriveRangeTotals(late, range("2023-07-18", "2023-07-20"), ["groundRobot"]), r),
    ).toMatch(/lost 1 ground robotic system .*\(counted from first report\)$/);
  });
});

describe("deriveChartGroups", () => {
  it("gives personnel and drones their own charts and keeps other equipment together", () => {
    expect(deriveChartGroups(["personnel", "tank", "drone", "apc"])).toEqual([
      { id: "personnel", categories: ["personnel"] },
      { id: "drones", categories: ["drone"] },
      { id: "equipment", categories: ["tank", "apc"] },
    ]);
    expect(deriveChartGroups(["tank"])).toEqual([{ id: "equipment", categories: ["tank"] }]);
  });
});
