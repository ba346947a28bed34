import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../data/schemas/common";
import { makeGeneralStaff } from "../../data/test-builders";
import { deriveCategorySeries } from "./derive-category-series";
import { deriveCorrectionMarkers } from "./derive-correction-markers";

const d = (s: string) => s as IsoDate;

describe("deriveCorrectionMarkers", () => {
  const gs = makeGeneralStaff({
    start: "2023-05-25",
    tank: [3800, 3810, 3805, 3815],
    apc: [7000, 7000, 7000, 6990],
  });
  const series = deriveCategorySeries(gs);
  const corrections = [
    { date: d("2023-05-27"), category: "tank" as const, delta: -5 },
    { date: d("2023-05-26"), category: "drone" as const, delta: 49 },
  ];

  it("lists listed corrections and unexplained negative days in the range for the chosen categories", () => {
    const markers = deriveCorrectionMarkers(
      gs.dates,
      series,
      corrections,
      { from: d("2023-05-26"), to: d("2023-05-28") },
      ["tank", "apc"],
    );
    expect(markers).toEqual([
      { date: "2023-05-27", category: "tank", delta: -5, dailyChange: -5, cumulative: 3805 },
      { date: "2023-05-28", category: "apc", delta: null, dailyChange: -10, cumulative: 6990 },
    ]);
  });

  it("leaves out corrections outside the range", () => {
    const markers = deriveCorrectionMarkers(
      gs.dates,
      series,
      corrections,
      { from: d("2023-05-28"), to: d("2023-05-28") },
      ["tank"],
    );
    expect(markers).toEqual([]);
  });
});
