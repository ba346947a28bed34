// DeepState vs NZZ, day by day in the range, with one definition for both (or as published), their
// difference, each source's share of Ukraine, weekly gains and losses, and the flagged jumps.
import type { IsoDate } from "../../../data/schemas/common";
import type { Discontinuity, TerritoryFile } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import { rangeIndexes } from "../../../lib/series-index";
import { weeklyGainedLost } from "../../../lib/windows";
import type { TerritoryDefinition } from "../comparison-url-state";

export interface TerritoryRow {
  date: IsoDate;
  deepstate: number | null;
  nzz: number | null;
  /** DeepState − NZZ (km²), when both have a value. */
  difference: number | null;
}

/** A source's values under a definition, aligned with its dates; null where it has none. */
export function seriesFor(
  file: TerritoryFile,
  source: "deepstate" | "nzz",
  def: TerritoryDefinition,
): (number | null)[] {
  const s = file[source];
  const lfl = file.likeForLike;
  if (def === "published") return source === "nzz" && lfl ? lfl.nzz.asPublishedKm2 : s.occupiedKm2;
  if (!lfl) return def === "all" ? s.occupiedKm2 : s.occupiedSince2022Km2;
  return def === "all" ? lfl[source].allOccupiedKm2 : lfl[source].since2022Km2;
}

export function deriveTerritoryRows(
  file: TerritoryFile,
  def: TerritoryDefinition,
  range: DateRange,
): TerritoryRow[] {
  const byDate = new Map<IsoDate, TerritoryRow>();
  for (const source of ["deepstate", "nzz"] as const) {
    const s = file[source];
    const values = seriesFor(file, source, def);
    const span = rangeIndexes(s.dates, range);
    if (!span) continue;
    for (let i = span.start; i <= span.end; i++) {
      const date = s.dates[i]!;
      const row = byDate.get(date) ?? { date, deepstate: null, nzz: null, difference: null };
      row[source] = values[i] ?? null;
      byDate.set(date, row);
    }
  }
  const rows = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  for (const r of rows)
    r.difference = r.deepstate != null && r.nzz != null ? Math.round((r.deepstate - r.nzz) * 10) / 10 : null;
  return rows;
}

export interface WeekRow {
  /** First and last day of the Monday-to-Sunday week inside the range (lib/windows.ts weeksOf). */
  week: IsoDate;
  to: IsoDate;
  days: number;
  /** Cut short by the range's first or last day. */
  partial: boolean;
  /** km², unrounded sums of the days' changes (rounded where shown); 0 where a source has no data. */
  deepstateGained: number;
  deepstateLost: number;
  nzzGained: number;
  nzzLost: number;
}

/**
 * Area Russia took and lost per calendar week, per source (sums of the daily changes). NZZ's series
 * is like for like where the file has one (`nzzAsPublished` beside it), so its change of definition
 * is no change; in an older file (NZZ as published), on a day NZZ changed what it draws (a jump
 * mostly inside the pre-2022 layer), the part inside that layer is not a loss and is left out.
 */
function countedChanges(file: TerritoryFile, source: "deepstate" | "nzz") {
  const s = file[source];
  if (source === "deepstate") return { gained: s.gainedKm2, lost: s.lostKm2 };
  const redefined = new Map(
    (file.nzzAsPublished ? [] : (file.likeForLike?.nzzJumps ?? []))
      .filter((j) => Math.abs(j.inPre2022DeltaKm2) > 0.9 * Math.abs(j.deltaKm2))
      .map((j) => [j.date, j.inPre2022DeltaKm2]),
  );
  if (redefined.size === 0) return { gained: s.gainedKm2, lost: s.lostKm2 };
  const inPre = (i: number) => redefined.get(s.dates[i]!) ?? 0;
  return {
    gained: s.gainedKm2.map((v, i) => (v == null ? null : Math.max(0, v - Math.max(0, inPre(i))))),
    lost: s.lostKm2.map((v, i) => (v == null ? null : Math.max(0, v - Math.max(0, -inPre(i))))),
  };
}

/** Area Russia took and lost per calendar week of the range, per source (lib/windows.ts rules). */
export function deriveWeeklyChange(file: TerritoryFile, range: DateRange): WeekRow[] {
  const ds = countedChanges(file, "deepstate");
  const nzz = countedChanges(file, "nzz");
  const dsWeeks = weeklyGainedLost(file.deepstate.dates, ds.gained, ds.lost, range);
  const nzzWeeks = weeklyGainedLost(file.nzz.dates, nzz.gained, nzz.lost, range);
  return dsWeeks.map((w, i) => {
    const n = nzzWeeks[i]!;
    return {
      week: w.from,
      to: w.to,
      days: w.days,
      partial: w.partial,
      deepstateGained: w.gained ?? 0,
      deepstateLost: w.lost ?? 0,
      nzzGained: n.gained ?? 0,
      nzzLost: n.lost ?? 0,
    };
  });
}

export interface FlaggedJump extends Discontinuity {
  source: "deepstate" | "nzz";
  /** NZZ only: the part of the jump inside the pre-2022 layer (a change of definition, not fighting). */
  inPre2022DeltaKm2: number | null;
}

/**
 * The flagged discontinuities of both sources inside the range (NZZ's as published, where the file
 * has that series beside the like-for-like one: its change of definition is a jump only there).
 */
export function deriveJumps(file: TerritoryFile, range: DateRange): FlaggedJump[] {
  const inPre = new Map((file.likeForLike?.nzzJumps ?? []).map((j) => [j.date, j.inPre2022DeltaKm2]));
  return (["deepstate", "nzz"] as const)
    .flatMap((source) =>
      (source === "nzz" ? (file.nzzAsPublished ?? file.nzz) : file[source]).discontinuities
        .filter((d) => d.date >= range.from && d.date <= range.to)
        .map((d) => ({
          ...d,
          source,
          inPre2022DeltaKm2: source === "nzz" ? (inPre.get(d.date) ?? null) : null,
        })),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The jump that is a change of definition: most of it inside the pre-2022 layer. */
export function isDefinitionChange(j: FlaggedJump): boolean {
  return j.inPre2022DeltaKm2 !== null && Math.abs(j.inPre2022DeltaKm2) > 0.9 * Math.abs(j.deltaKm2);
}
