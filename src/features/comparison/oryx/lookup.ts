// Reading one value out of the dataset for a day, with the reason when there is none. The General
// Staff series has every day; Oryx has gaps (days without a scrape) and is never interpolated.
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import type { OryxCountry, OryxFile, OryxType } from "../../../data/schemas/oryx";
import { formatDate } from "../../../lib/format";
import { dayNumber, indexAtOrBefore } from "../../../lib/series-index";
import { baselineOf, type DayWindow } from "../../../lib/windows";

export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: string };

export { dayNumber, indexAtOrBefore } from "../../../lib/series-index";
export function generalStaffAt(
  gs: GeneralStaff,
  category: GeneralStaffCategory,
  day: IsoDate,
): Lookup<number> {
  const first = gs.dates[0];
  const last = gs.dates.at(-1);
  if (!first || !last || day < first || day > last)
    return {
      ok: false,
      reason:
        first && last
          ? `${formatDate(day)} is outside the General Staff data (${formatDate(first)} – ${formatDate(last)})`
          : "the General Staff series is empty",
    };
  const i = dayNumber(day) - dayNumber(first);
  const value = gs.cumulative[category]?.[i];
  if (value == null)
    return { ok: false, reason: `the General Staff reported no ${category} figure on ${formatDate(day)}` };
  return { ok: true, value };
}

export interface OryxPoint {
  value: number;
  /** The snapshot day actually used (≤ the day asked for). */
  date: IsoDate;
}

/**
 * Oryx's count (sum of `types`, total of all statuses) on `day`, or on the last snapshot at most
 * `toleranceDays` before it; a null (rejected) row of any listed type makes the whole sum unknown.
 */
export function oryxAt(
  oryx: OryxFile,
  country: OryxCountry,
  types: readonly OryxType[],
  day: IsoDate,
  toleranceDays: number,
): Lookup<OryxPoint> {
  const first = oryx.dates[0];
  const last = oryx.dates.at(-1);
  if (!first || !last) return { ok: false, reason: "the Oryx series is empty" };
  if (day < first)
    return { ok: false, reason: `${formatDate(day)} is before Oryx's first snapshot (${formatDate(first)})` };
  if (dayNumber(day) - dayNumber(last) > toleranceDays)
    return { ok: false, reason: `${formatDate(day)} is after Oryx's last snapshot (${formatDate(last)})` };
  const i = indexAtOrBefore(oryx.dates, day);
  const date = oryx.dates[i]!;
  if (dayNumber(day) - dayNumber(date) > toleranceDays)
    return {
      ok: false,
      reason: `no Oryx snapshot within ${toleranceDays} day(s) before ${formatDate(day)} (the last is ${formatDate(date)})`,
    };
  let sum = 0;
  for (const type of types) {
    const v = oryx.countries[country]?.[type]?.total[i];
    if (v == null)
      return {
        ok: false,
        reason: `Oryx's ${type} row for ${country} on ${formatDate(date)} was rejected or is missing`,
      };
    sum += v;
  }
  return { ok: true, value: { value: sum, date } };
}

/** An Oryx snapshot up to this many days before a window's edge stands in for it (the date used is shown). */
export const ORYX_TOLERANCE_DAYS = 3;

/** A figure read for a day, with the day actually used (an Oryx snapshot may be earlier). */
export type DayReading = Lookup<{ date: IsoDate; value: number }>;

export interface ReadChange {
  /** The reading at the window's last day and at its baseline (the day before its first). */
  end: { date: IsoDate; value: number };
  start: { date: IsoDate; value: number };
  /** end − start. */
  change: number;
}

/**
 * A change over a window read through `read`: the figure on the window's last day minus the one on
 * the day before its first (lib/windows' rule), each possibly an earlier snapshot. The ledger's
 * change readings and the Oryx charts' "in this range" figures both come from here.
 */
export function readWindowChange(
  read: (day: IsoDate) => DayReading,
  window: DayWindow,
  label: string,
): Lookup<ReadChange> {
  const end = read(window.to);
  if (!end.ok) return end;
  const start = read(baselineOf(window));
  if (!start.ok) return start;
  if (start.value.date === end.value.date)
    return {
      ok: false,
      reason: `both ends fall on the same snapshot (${label}, ${formatDate(end.value.date)})`,
    };
  return {
    ok: true,
    value: { end: end.value, start: start.value, change: end.value.value - start.value.value },
  };
}

/** Oryx's change over a window (sum of `types`), on the snapshots nearest its ends (see oryxAt). */
export function oryxWindowChange(
  oryx: OryxFile,
  country: OryxCountry,
  types: readonly OryxType[],
  window: DayWindow,
): Lookup<ReadChange> {
  const read = (day: IsoDate): DayReading => {
    const r = oryxAt(oryx, country, types, day, ORYX_TOLERANCE_DAYS);
    return r.ok ? { ok: true, value: r.value } : r;
  };
  return readWindowChange(read, window, `Oryx total (${country})`);
}
