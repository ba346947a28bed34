import { describe, expect, it } from "vitest";
import type { TerritoryFile, TerritorySeries } from "../../../data/schemas/territory";
import { iso } from "../../../data/test-builders";
import { addDays } from "../../../lib/dates";
import { deriveOccupiedRows, deriveRangeGains, deriveWeeklyGains } from "./derive-sector-series";

/** A made-up series from `first`, one value per day; the sectors repeat the totals ÷ 10. */
function series(
  first: string,
  occupied: number[],
  gained: (number | null)[],
  lost: (number | null)[],
): TerritorySeries {
  const dates = occupied.map((_, i) => addDays(iso(first), i));
  const sector = {
    occupiedKm2: occupied.map((v) => v / 10),
    gainedKm2: gained.map((v) => (v === null ? null : v / 10)),
    lostKm2: lost.map((v) => (v === null ? null : v / 10)),
  };
  return {
    sourceIds: [],
    dates,
    carried: dates.map(() => false),
    origins: [],
    occupiedKm2: occupied,
    occupiedSince2022Km2: occupied.map(() => null),
    gainedKm2: gained,
    lostKm2: lost,
    crimeaAddedKm2: null,
    sectors: { bakhmut: sector, zaporizhzhia: sector, donetsk: sector },
    discontinuities: [],
    overlap: null,
    notes: [],
  } as unknown as TerritorySeries;
}

const days = 10;
const file = {
  deepstate: series(
    "2023-01-03",
    Array(days - 2).fill(100),
    [null, 1, 2, 3, 4, 5, 6, 7],
    [null, 0, 1, 0, 1, 0, 1, 0],
  ),
  nzz: series(
    "2023-01-01",
    Array(days).fill(200),
    [null, 10, 10, 10, 10, 10, 10, 10, 10, 10],
    Array(days).fill(0),
  ),
} as unknown as TerritoryFile;
const range = { from: iso("2023-01-01"), to: iso("2023-01-10") };

describe("deriveOccupiedRows", () => {
  it("aligns both sources by day, null where a source has not started", () => {
    const rows = deriveOccupiedRows(file, "all", range);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ date: "2023-01-01", deepstate: null, nzz: 200 });
    expect(rows[2]).toEqual({ date: "2023-01-03", deepstate: 100, nzz: 200 });
  });

  it("reads a sector's own series", () => {
    expect(deriveOccupiedRows(file, "bakhmut", range)[5]).toEqual({
      date: "2023-01-06",
      deepstate: 10,
      nzz: 20,
    });
  });
});

describe("deriveWeeklyGains", () => {
  it("sums each side's gains per Monday-to-Sunday week cut by the range, Ukraine's below zero", () => {
    // 1 Jan 2023 is a Sunday: a one-day first week, a whole week, then Mon 9 – Tue 10 Jan.
    const weeks = deriveWeeklyGains(file, "all", range);
    expect(weeks.map((w) => [w.week, w.to, w.days, w.partial])).toEqual([
      ["2023-01-01", "2023-01-01", 1, true],
      ["2023-01-02", "2023-01-08", 7, false],
      ["2023-01-09", "2023-01-10", 2, true],
    ]);
    // DeepState starts on the 3rd (no change measured that day): days 4..8 gain 1+2+3+4+5, lose 0+1+0+1+0.
    expect(weeks[1]).toEqual({
      week: "2023-01-02",
      to: "2023-01-08",
      days: 7,
      partial: false,
      deepstateRu: 15,
      deepstateUkr: -2,
      nzzRu: 70,
      nzzUkr: -0,
    });
    expect(weeks[0]).toMatchObject({ deepstateRu: null, nzzRu: null });
    expect(weeks[2]).toMatchObject({ deepstateRu: 13, deepstateUkr: -1, nzzRu: 20 });
  });

  it("adds up to the range's totals", () => {
    expect(deriveRangeGains(file, "all", range)).toEqual({
      deepstate: { gained: 28, lost: 3, missingDays: ["2023-01-01", "2023-01-02", "2023-01-03"] },
      nzz: { gained: 90, lost: 0, missingDays: ["2023-01-01"] },
    });
  });

  it("gives null, not zero, for a week the source does not cover", () => {
    const weeks = deriveWeeklyGains(file, "all", { from: iso("2022-12-20"), to: iso("2022-12-26") });
    expect(weeks[0]).toMatchObject({ deepstateRu: null, nzzRu: null, deepstateUkr: null });
  });
});
