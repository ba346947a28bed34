import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveCategorySeries } from "./derive-category-series";
import { deriveCorrectionMarkers } from "./derive-correction-markers";

const d = (s: string) => s as IsoDate;

describe("deriveCorrectionMarkers", () => {
  // Made-up totals: tank falls on the 27th (listed on the 28th, a day off), apc falls on the 28th
  // with nothing listed, and a drone correction upwards matches no fall.
  const tankFix = { date: d("2023-05-28"), category: "tank" as const, delta: -5 };
  const gs = makeGeneralStaff({
    start: "2023-05-25",
    tank: [3800, 3810, 3805, 3815],
    apc: [7000, 7000, 7000, 6990],
    drone: [10, 60, 61, 62],
    corrections: [tankFix, { date: d("2023-05-26"), category: "drone", delta: 49 }],
    negativeChanges: [
      { date: d("2023-05-27"), category: "tank", from: 3810, to: 3805, correction: tankFix },
      { date: d("2023-05-28"), category: "apc", from: 7000, to: 6990, correction: null },
    ],
  });
  const series = deriveCategorySeries(gs);
  const all = { from: d("2023-05-25"), to: d("2023-05-28") };

  it("uses the pipeline's match: a fall matched a day off is a listed correction on the day of the fall", () => {
    const markers = deriveCorrectionMarkers(gs, series, all, ["tank", "apc"]);
    expect(markers).toEqual([
      {
        date: "2023-05-27",
        category: "tank",
        delta: -5,
        listedOn: "2023-05-28",
        dailyChange: -5,
        cumulative: 3805,
      },
      {
        date: "2023-05-28",
        category: "apc",
        delta: null,
        listedOn: null,
        dailyChange: -10,
        cumulative: 6990,
      },
    ]);
  });

  it("keeps a listed correction that matches no fall (an upward revision) on its own date", () => {
    const markers = deriveCorrectionMarkers(gs, series, all, ["drone"]);
    expect(markers).toEqual([
      {
        date: "2023-05-26",
        category: "drone",
        delta: 49,
        listedOn: "2023-05-26",
        dailyChange: 50,
        cumulative: 60,
      },
    ]);
  });

  it("leaves out corrections outside the range or of categories not shown", () => {
    expect(
      deriveCorrectionMarkers(gs, series, { from: d("2023-05-28"), to: d("2023-05-28") }, ["tank"]),
    ).toEqual([]);
    expect(deriveCorrectionMarkers(gs, series, all, ["personnel"])).toEqual([]);
  });
});
