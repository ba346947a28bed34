// Reading one value out of the dataset for a day, with the reason when there is none. The General
// Staff series has every day; Oryx has gaps (days without a scrape) and is never interpolated.
import type { IsoDate } from "../../data/schemas/common";
import type { GeneralStaff, GeneralStaffCategory } from "../../data/schemas/losses";
import type { OryxCountry, OryxFile, OryxType } from "../../data/schemas/oryx";
import { formatDate } from "../../lib/format";
import { dayNumber, indexAtOrBefore } from "../../lib/series-index";

export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: string };

export { dayNumber, indexAtOrBefore } from "../../lib/series-index";
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
