// Per-sector (or whole-country) series of both territory sources over the range: Russian-held km²
// per day, and per week the km² each side took (sums of the pipeline's day-over-day gains and
// losses, so a village lost and retaken within the week counts on both sides).
import type { IsoDate } from "../../../data/schemas/common";
import type { TerritoryFile, TerritorySeries } from "../../../data/schemas/territory";
import { addDays } from "../../../lib/dates";
import { gainedLostBetween, heldOn, weeklyGainedLost } from "../../../lib/windows";
import type { DateRange } from "../../../filters/range";
import type { MapView } from "../url-state";

export interface OccupiedRow {
  date: IsoDate;
  deepstate: number | null;
  nzz: number | null;
}

export interface WeekRow {
  /** First and last day of the week inside the range (Monday to Sunday, cut by the range). */
  week: IsoDate;
  to: IsoDate;
  days: number;
  /** Fewer than 7 days: cut by the range's first or last day. */
  partial: boolean;
  /** km² Russia took that week, per source (null: the source has no data that week). */
  deepstateRu: number | null;
  nzzRu: number | null;
  /** km² Ukraine took back that week, as a negative number (bars below the axis). */
  deepstateUkr: number | null;
  nzzUkr: number | null;
}

type Picked = {
  dates: readonly IsoDate[];
  occupied: readonly number[];
  gained: readonly (number | null)[];
  lost: readonly (number | null)[];
};

function pick(series: TerritorySeries, view: MapView): Picked {
  if (view === "all")
    return {
      dates: series.dates,
      occupied: series.occupiedKm2,
      gained: series.gainedKm2,
      lost: series.lostKm2,
    };
  const s = series.sectors[view];
  return {
    dates: series.dates,
    occupied: s?.occupiedKm2 ?? [],
    gained: s?.gainedKm2 ?? [],
    lost: s?.lostKm2 ?? [],
  };
}

export function deriveOccupiedRows(file: TerritoryFile, view: MapView, range: DateRange): OccupiedRow[] {
  const ds = pick(file.deepstate, view);
  const nzz = pick(file.nzz, view);
  const rows: OccupiedRow[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1))
    rows.push({
      date: d,
      deepstate: heldOn(ds.dates, ds.occupied, d),
      nzz: heldOn(nzz.dates, nzz.occupied, d),
    });
  return rows;
}

/**
 * km² each side took per Monday-to-Sunday week of the range (lib/windows.ts: weeks clipped to the
 * range, partial ones flagged), from each source's day-to-day gains and losses in the area.
 */
export function deriveWeeklyGains(file: TerritoryFile, view: MapView, range: DateRange): WeekRow[] {
  const ds = pick(file.deepstate, view);
  const nzz = pick(file.nzz, view);
  const dsWeeks = weeklyGainedLost(ds.dates, ds.gained, ds.lost, range);
  const nzzWeeks = weeklyGainedLost(nzz.dates, nzz.gained, nzz.lost, range);
  const neg = (v: number | null) => (v === null ? null : -v);
  return dsWeeks.map((w, i) => {
    const n = nzzWeeks[i]!;
    return {
      week: w.from,
      to: w.to,
      days: w.days,
      partial: w.partial,
      deepstateRu: w.gained,
      nzzRu: n.gained,
      deepstateUkr: neg(w.lost),
      nzzUkr: neg(n.lost),
    };
  });
}

/** The range's totals per source and side (the weekly bars' sum, rounded once where shown). */
export function deriveRangeGains(file: TerritoryFile, view: MapView, range: DateRange) {
  const ds = pick(file.deepstate, view);
  const nzz = pick(file.nzz, view);
  return {
    deepstate: gainedLostBetween(ds.dates, ds.gained, ds.lost, range),
    nzz: gainedLostBetween(nzz.dates, nzz.gained, nzz.lost, range),
  };
}
