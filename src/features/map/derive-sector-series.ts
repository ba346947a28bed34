// Per-sector (or whole-country) series of both territory sources over the range: Russian-held km²
// per day, and per week the km² each side took (sums of the pipeline's day-over-day gains and
// losses, so a village lost and retaken within the week counts on both sides).
import type { IsoDate } from "../../data/schemas/common";
import type { TerritoryFile, TerritorySeries } from "../../data/schemas/territory";
import { addDays, diffDays } from "../../lib/dates";
import type { DateRange } from "../../filters/range";
import type { MapView } from "./url-state";

export interface OccupiedRow {
  date: IsoDate;
  deepstate: number | null;
  nzz: number | null;
}

export interface WeekRow {
  /** First day of the week (weeks start on the range's first day; the last may be shorter). */
  week: IsoDate;
  days: number;
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

/** Index of `day` in a gap-free dates array, or -1 outside it. */
function indexIn(dates: readonly IsoDate[], day: IsoDate): number {
  const first = dates[0];
  if (!first) return -1;
  const i = diffDays(day, first);
  return i >= 0 && i < dates.length ? i : -1;
}

export function deriveOccupiedRows(file: TerritoryFile, view: MapView, range: DateRange): OccupiedRow[] {
  const ds = pick(file.deepstate, view);
  const nzz = pick(file.nzz, view);
  const rows: OccupiedRow[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
    const i = indexIn(ds.dates, d);
    const j = indexIn(nzz.dates, d);
    rows.push({
      date: d,
      deepstate: i < 0 ? null : (ds.occupied[i] ?? null),
      nzz: j < 0 ? null : (nzz.occupied[j] ?? null),
    });
  }
  return rows;
}

function weekSum(p: Picked, values: readonly (number | null)[], from: IsoDate, days: number): number | null {
  let sum = 0;
  let any = false;
  for (let k = 0; k < days; k++) {
    const i = indexIn(p.dates, addDays(from, k));
    const v = i < 0 ? null : values[i];
    if (v === null || v === undefined) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

export function deriveWeeklyGains(file: TerritoryFile, view: MapView, range: DateRange): WeekRow[] {
  const ds = pick(file.deepstate, view);
  const nzz = pick(file.nzz, view);
  const total = diffDays(range.to, range.from) + 1;
  const rows: WeekRow[] = [];
  for (let start = 0; start < total; start += 7) {
    const week = addDays(range.from, start);
    const days = Math.min(7, total - start);
    const neg = (v: number | null) => (v === null ? null : -v);
    rows.push({
      week,
      days,
      deepstateRu: weekSum(ds, ds.gained, week, days),
      nzzRu: weekSum(nzz, nzz.gained, week, days),
      deepstateUkr: neg(weekSum(ds, ds.lost, week, days)),
      nzzUkr: neg(weekSum(nzz, nzz.lost, week, days)),
    });
  }
  return rows;
}
