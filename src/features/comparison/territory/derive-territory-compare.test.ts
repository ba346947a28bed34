import { describe, expect, it } from "vitest";
import { iso } from "../../../data/test-builders";
import type { Km2 } from "../../../data/schemas/common";
import {
  deriveJumps,
  deriveTerritoryRows,
  deriveWeeklyChange,
  isDefinitionChange,
  seriesFor,
} from "./derive-territory-compare";
import { makeTerritory, makeTerritorySeries } from "../test-fixtures";

const k = (xs: number[]) => xs as Km2[];
const range = (from: string, to: string) => ({ from: iso(from), to: iso(to) });

// NZZ drops 40 km² of "pre-2022" area on day 3: a definition change, not fighting.
const ds = makeTerritorySeries({
  start: "2024-01-01",
  occupied: [100, 101, 102, 103],
  since2022: [60, 61, 62, 63],
  gained: [null, 1, 1, 1],
  lost: [null, 0, 0, 0],
});
const nzz = makeTerritorySeries({
  start: "2024-01-02",
  occupied: [98, 99, 59],
  gained: [null, 1, 0],
  lost: [null, 0, 40],
  discontinuities: [{ date: iso("2024-01-04"), deltaKm2: -40, note: "jump" }],
});
const lfl = {
  reference: { snapshot: "x", pre2022Km2: 40 as Km2, ukraineKm2: 1000 as Km2 },
  deepstate: { since2022Km2: k([60, 61, 62, 63]), allOccupiedKm2: k([100, 101, 102, 103]) },
  nzz: {
    asPublishedKm2: k([70, 71, 31]),
    inPre2022Km2: k([40, 40, 1]),
    since2022Km2: k([30, 31, 30]),
    allOccupiedKm2: k([70, 71, 70]),
  },
  nzzJumps: [{ date: iso("2024-01-04"), deltaKm2: -40, inPre2022DeltaKm2: -39 }],
};
const file = makeTerritory(ds, nzz, lfl);

describe("deriveTerritoryRows", () => {
  it("joins both sources by day, leaving a day one source lacks empty, with their difference", () => {
    const rows = deriveTerritoryRows(file, "all", range("2024-01-01", "2024-01-04"));
    expect(rows[0]).toEqual({ date: "2024-01-01", deepstate: 100, nzz: null, difference: null });
    expect(rows[3]).toEqual({ date: "2024-01-04", deepstate: 103, nzz: 70, difference: 33 });
  });

  it("has no jump in the like-for-like series where the published one drops", () => {
    const published = deriveTerritoryRows(file, "published", range("2024-01-03", "2024-01-04")).map(
      (r) => r.nzz,
    );
    const since = deriveTerritoryRows(file, "since2022", range("2024-01-03", "2024-01-04")).map((r) => r.nzz);
    expect(published).toEqual([71, 31]);
    expect(since).toEqual([31, 30]);
  });

  it("falls back to the file's own series when it has no like-for-like block", () => {
    expect(seriesFor(makeTerritory(ds, nzz), "deepstate", "since2022")).toEqual([60, 61, 62, 63]);
  });
});

describe("deriveWeeklyChange", () => {
  it("sums each source's daily gains and losses per week, counting only days in the range", () => {
    // 2024-01-01 is a Monday. NZZ's 40 km² "loss" on 01-04 is 39 km² of redefinition, 1 km² real.
    expect(deriveWeeklyChange(file, range("2024-01-02", "2024-01-04"))).toEqual([
      {
        week: "2024-01-02",
        to: "2024-01-04",
        days: 3,
        partial: true,
        deepstateGained: 3,
        deepstateLost: 0,
        nzzGained: 1,
        nzzLost: 1,
      },
    ]);
  });

  it("counts the whole change when the file has no like-for-like block", () => {
    expect(deriveWeeklyChange(makeTerritory(ds, nzz), range("2024-01-04", "2024-01-04"))[0]!.nzzLost).toBe(
      40,
    );
  });
});

describe("deriveJumps", () => {
  it("lists flagged jumps in the range and recognises a change of definition", () => {
    const jumps = deriveJumps(file, range("2024-01-01", "2024-01-31"));
    expect(jumps).toHaveLength(1);
    expect(isDefinitionChange(jumps[0]!)).toBe(true);
    expect(deriveJumps(file, range("2024-01-05", "2024-01-31"))).toEqual([]);
  });

  it("takes NZZ's jumps from its published series where nzz is like for like", () => {
    // The like-for-like series has no jump; the published one beside it does.
    const likeForLike = makeTerritorySeries({
      start: "2024-01-02",
      occupied: [98, 99, 99],
      gained: [null, 1, 0],
      lost: [null, 0, 1],
    });
    const withBoth = { ...makeTerritory(ds, likeForLike, lfl), nzzAsPublished: nzz };
    expect(deriveJumps(withBoth, range("2024-01-01", "2024-01-31")).map((j) => [j.source, j.date])).toEqual([
      ["nzz", "2024-01-04"],
    ]);
    // …and its weekly change counts the like-for-like loss only, without subtracting the jump again.
    const week = deriveWeeklyChange(withBoth, range("2024-01-01", "2024-01-07"))[0]!;
    expect(week.nzzLost).toBe(1);
  });
});
