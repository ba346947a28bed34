import { buildDailySeries, overlapAgreement } from "./series";
import type { MeasuredDay } from "./series";
import type { StateResult } from "./track";

function state(occupiedKm2: number, gainedKm2: number | null = 0, lostKm2: number | null = 0): StateResult {
  const sector = { occupiedKm2: 1, gainedKm2, lostKm2 };
  return {
    occupiedKm2,
    before2022Km2: 40,
    addedKm2: null,
    gainedKm2,
    lostKm2,
    sectors: { bakhmut: sector, zaporizhzhia: sector, donetsk: sector },
  };
}

const day = (date: string, s: StateResult, changed = true): MeasuredDay => ({
  date,
  origin: "deepstate-history",
  changed,
  state: s,
});

describe("daily territory series", () => {
  it("carries the last state over days without a snapshot, with nothing gained or lost", () => {
    const series = buildDailySeries(
      [day("2023-01-01", state(100, null, null)), day("2023-01-04", state(103, 4, 1))],
      "2023-01-05",
    );
    expect(series.dates).toEqual(["2023-01-01", "2023-01-02", "2023-01-03", "2023-01-04", "2023-01-05"]);
    expect(series.carried).toEqual([false, true, true, false, true]);
    expect(series.occupiedKm2).toEqual([100, 100, 100, 103, 103]);
    expect(series.gainedKm2).toEqual([null, 0, 0, 4, 0]);
    expect(series.lostKm2).toEqual([null, 0, 0, 1, 0]);
    expect(series.occupiedSince2022Km2).toEqual([60, 60, 60, 63, 63]);
  });

  it("counts no change on a snapshot whose geometry is unchanged", () => {
    const s = state(100, 5, 2);
    const series = buildDailySeries([day("2023-01-01", s), day("2023-01-02", s, false)], "2023-01-02");
    expect(series.gainedKm2).toEqual([5, 0]);
    expect(series.sectors.bakhmut!.gainedKm2).toEqual([5, 0]);
  });

  it("flags jumps above 2,000 km² and says when they follow a gap", () => {
    const series = buildDailySeries(
      [
        day("2023-01-01", state(100_000)),
        day("2023-01-02", state(101_000)),
        day("2023-01-05", state(98_500)),
      ],
      "2023-01-05",
    );
    expect(series.discontinuities).toEqual([
      { date: "2023-01-05", deltaKm2: -2500, note: "first snapshot after 2 day(s) without one" },
    ]);
  });

  it("records which extract each run of days comes from", () => {
    const series = buildDailySeries(
      [day("2023-01-01", state(100)), { ...day("2023-01-03", state(100)), origin: "deepstate-occupied" }],
      "2023-01-03",
    );
    expect(series.origins).toEqual([
      { origin: "deepstate-history", from: "2023-01-01", to: "2023-01-02" },
      { origin: "deepstate-occupied", from: "2023-01-03", to: "2023-01-03" },
    ]);
  });
});

describe("agreement of two extracts", () => {
  it("compares only common days and finds the worst one", () => {
    const agreement = overlapAgreement(
      {
        origin: "deepstate-history",
        days: [
          { date: "2023-01-01", km2: 1001 },
          { date: "2023-01-02", km2: 990 },
        ],
      },
      {
        origin: "deepstate-occupied",
        days: [
          { date: "2023-01-01", km2: 1000 },
          { date: "2023-01-02", km2: 1000 },
        ],
      },
    );
    expect(agreement).toMatchObject({ days: 2, maxAbsRelDiff: 0.01, maxAbsRelDiffDate: "2023-01-02" });
    expect(agreement!.daysWithinTenthPercent).toBe(1);
  });
});
