// DeepState vs NZZ, day by day in the range, with one definition for both (or as published), their
// difference, each source's share of Ukraine, weekly gains and losses, and the flagged jumps.
import type { IsoDate } from "../../data/schemas/common";
import type { Discontinuity, TerritoryFile, TerritorySeries } from "../../data/schemas/territory";
import type { DateRange } from "../../filters/range";
import { dayFromNumber, dayNumber, rangeIndexes } from "../../lib/series-index";
import type { TerritoryDefinition } from "./comparison-url-state";

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
  /** Monday of the week (weeks cut at the range's edges count only days inside it). */
  week: IsoDate;
  deepstateGained: number;
  deepstateLost: number;
  nzzGained: number;
  nzzLost: number;
}

/** Monday of a day's week, from day numbers (day 0, 1 Jan 1970, was a Thursday): no Date per day. */
function mondayOf(day: IsoDate, names: Map<number, IsoDate>): IsoDate {
  const n = dayNumber(day);
  const monday = n - ((n + 3) % 7);
  let name = names.get(monday);
  if (!name) names.set(monday, (name = dayFromNumber(monday)));
  return name;
}

/**
 * Area Russia took and lost per calendar week, per source (sums of the daily changes). NZZ's series
 * is like for like where the file has one (`nzzAsPublished` beside it), so its change of definition
 * is no change; in an older file (NZZ as published), on a day NZZ changed what it draws (a jump
 * mostly inside the pre-2022 layer), the part inside that layer is not a loss and is left out.
 */
export function deriveWeeklyChange(file: TerritoryFile, range: DateRange): WeekRow[] {
  const weeks = new Map<IsoDate, WeekRow>();
  const mondays = new Map<number, IsoDate>();
  const redefined = new Map(
    (file.nzzAsPublished ? [] : (file.likeForLike?.nzzJumps ?? []))
      .filter((j) => Math.abs(j.inPre2022DeltaKm2) > 0.9 * Math.abs(j.deltaKm2))
      .map((j) => [j.date, j.inPre2022DeltaKm2]),
  );
  const add = (
    s: TerritorySeries,
    gainedKey: "deepstateGained" | "nzzGained",
    lostKey: "deepstateLost" | "nzzLost",
  ) => {
    const span = rangeIndexes(s.dates, range);
    if (!span) return;
    for (let i = span.start; i <= span.end; i++) {
      const week = mondayOf(s.dates[i]!, mondays);
      const row = weeks.get(week) ?? { week, deepstateGained: 0, deepstateLost: 0, nzzGained: 0, nzzLost: 0 };
      const inPre = gainedKey === "nzzGained" ? (redefined.get(s.dates[i]!) ?? 0) : 0;
      row[gainedKey] += Math.max(0, (s.gainedKm2[i] ?? 0) - Math.max(0, inPre));
      row[lostKey] += Math.max(0, (s.lostKm2[i] ?? 0) - Math.max(0, -inPre));
      weeks.set(week, row);
    }
  };
  add(file.deepstate, "deepstateGained", "deepstateLost");
  add(file.nzz, "nzzGained", "nzzLost");
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return [...weeks.values()]
    .sort((a, b) => a.week.localeCompare(b.week))
    .map((w) => ({
      ...w,
      deepstateGained: r1(w.deepstateGained),
      deepstateLost: r1(w.deepstateLost),
      nzzGained: r1(w.nzzGained),
      nzzLost: r1(w.nzzLost),
    }));
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
