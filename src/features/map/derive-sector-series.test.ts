import { describe, expect, it } from "vitest";
import type { TerritoryFile, TerritorySeries } from "../../data/schemas/territory";
import { iso } from "../../data/test-builders";
import { addDays } from "../../lib/dates";
import { deriveOccupiedRows, deriveWeeklyGains } from "./derive-sector-series";

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
  it("sums each side's gains per week from the range's first day, Ukraine's below zero", () => {
    const weeks = deriveWeeklyGains(file, "all", range);
    expect(weeks.map((w) => [w.week, w.days])).toEqual([
      ["2023-01-01", 7],
      ["2023-01-08", 3],
    ]);
    // DeepState starts on the 3rd: days 3..7 of week 1 → gains null(1st day)+1+2+3+4, losses 0+1+0+1.
    expect(weeks[0]).toMatchObject({ deepstateRu: 10, deepstateUkr: -2, nzzRu: 60, nzzUkr: -0 });
    expect(weeks[1]).toMatchObject({ deepstateRu: 18, deepstateUkr: -1, nzzRu: 30 });
  });

  it("gives null, not zero, for a week the source does not cover", () => {
    const weeks = deriveWeeklyGains(file, "all", { from: iso("2022-12-20"), to: iso("2022-12-26") });
    expect(weeks[0]).toMatchObject({ deepstateRu: null, nzzRu: null, deepstateUkr: null });
  });
});
