// Pure assembly of a source's daily series from its measured snapshot days: fills the calendar
// (carrying the last state forward on days without a snapshot), derives the since-2022 area, flags
// jumps, and measures how two extracts of one source agree where both exist.
import type { OverlapAgreement, TerritoryOrigin } from "../../../src/data/schemas/territory";
import { SECTORS } from "../../geo/sectors";
import { calendarDays, daysBetween } from "./dates";
import type { StateResult } from "./track";
import type { DailySeries } from "./daily-series";

/** Day-over-day changes of the occupied area above this are listed as discontinuities (km²). */
export const DISCONTINUITY_KM2 = 2000;

export interface MeasuredDay {
  date: string;
  origin: TerritoryOrigin;
  /** Geometry differs from the previous snapshot of the same extract. */
  changed: boolean;
  state: StateResult;
}

export type { DailySeries };

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

/** Daily series from the first measured day to `end` (inclusive); `days` must be ascending. */
export function buildDailySeries(days: MeasuredDay[], end: string): DailySeries {
  const first = days[0];
  if (!first) throw new Error("no measured day");
  const byDate = new Map(days.map((d) => [d.date, d]));
  const hasAdded = days.some((d) => d.state.addedKm2 !== null);
  const out: DailySeries = {
    dates: [],
    carried: [],
    origins: [],
    occupiedKm2: [],
    occupiedSince2022Km2: [],
    gainedKm2: [],
    lostKm2: [],
    crimeaAddedKm2: hasAdded ? [] : null,
    sectors: Object.fromEntries(SECTORS.map((s) => [s.id, { occupiedKm2: [], gainedKm2: [], lostKm2: [] }])),
    discontinuities: [],
  };
  let last: MeasuredDay = first;
  let lastSnapshotDate = first.date;
  for (const date of calendarDays(first.date, end)) {
    const today = byDate.get(date);
    const carried = today === undefined;
    const day = today ?? last;
    const s = day.state;
    // A carried day or an unchanged snapshot: nothing gained or lost.
    const moved = !carried && day.changed;
    const change = (v: number | null): number | null => (moved ? v : 0);
    out.dates.push(date);
    out.carried.push(carried);
    out.occupiedKm2.push(s.occupiedKm2);
    out.occupiedSince2022Km2.push(
      s.before2022Km2 === null ? null : round1(Math.max(0, s.occupiedKm2 - s.before2022Km2)),
    );
    out.gainedKm2.push(change(s.gainedKm2));
    out.lostKm2.push(change(s.lostKm2));
    out.crimeaAddedKm2?.push(s.addedKm2 ?? 0);
    for (const sector of SECTORS) {
      const target = out.sectors[sector.id]!;
      const value = s.sectors[sector.id]!;
      target.occupiedKm2.push(value.occupiedKm2);
      target.gainedKm2.push(change(value.gainedKm2));
      target.lostKm2.push(change(value.lostKm2));
    }
    const range = out.origins.at(-1);
    if (range && range.origin === day.origin) range.to = date;
    else out.origins.push({ origin: day.origin, from: date, to: date });

    const n = out.occupiedKm2.length;
    if (n > 1 && !carried) {
      const delta = round1(out.occupiedKm2[n - 1]! - out.occupiedKm2[n - 2]!);
      if (Math.abs(delta) > DISCONTINUITY_KM2) {
        const gap = daysBetween(lastSnapshotDate, date);
        const note =
          day.origin !== last.origin
            ? `extract switches from ${last.origin} to ${day.origin}`
            : gap > 1
              ? `first snapshot after ${gap - 1} day(s) without one`
              : "the source's map changed by more than a day's fighting usually moves (method change, redrawing or a large real move)";
        out.discontinuities.push({ date, deltaKm2: delta, note });
      }
    }
    if (!carried) {
      last = day;
      lastSnapshotDate = date;
    }
  }
  return out;
}

/** Relative difference (a − b) / b over the dates both extracts measured. */
export function overlapAgreement(
  a: { origin: TerritoryOrigin; days: { date: string; km2: number }[] },
  b: { origin: TerritoryOrigin; days: { date: string; km2: number }[] },
): OverlapAgreement | null {
  const bByDate = new Map(b.days.map((d) => [d.date, d.km2]));
  const pairs = a.days.flatMap((d) => {
    const other = bByDate.get(d.date);
    return other ? [{ date: d.date, rel: (d.km2 - other) / other, a: d.km2, b: other }] : [];
  });
  const firstPair = pairs[0];
  if (!firstPair) return null;
  const worst = pairs.reduce((w, p) => (Math.abs(p.rel) > Math.abs(w.rel) ? p : w), firstPair);
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
  return {
    a: a.origin,
    b: b.origin,
    from: firstPair.date,
    to: pairs.at(-1)!.date,
    days: pairs.length,
    meanRelDiff: round6(mean(pairs.map((p) => p.rel))),
    meanAbsRelDiff: round6(mean(pairs.map((p) => Math.abs(p.rel)))),
    maxAbsRelDiff: round6(Math.abs(worst.rel)),
    maxAbsRelDiffDate: worst.date,
    daysWithinTenthPercent: pairs.filter((p) => Math.abs(p.rel) <= 0.001).length,
    dates: pairs.map((p) => p.date),
    aKm2: pairs.map((p) => p.a),
    bKm2: pairs.map((p) => p.b),
  } as OverlapAgreement;
}
