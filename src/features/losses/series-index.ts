// Index arithmetic on the General Staff series. `dates` holds every calendar day from the first
// to the last statement with no gaps (guaranteed by losses.json's schema), so a day's position is
// its distance in days from the first date: no search needed.
import type { IsoDate } from "../../data/schemas/common";

/**
 * Days since 1970-01-01 for a YYYY-MM-DD day, computed in UTC so no time zone or daylight-saving
 * change can shift it. Hand-rolled rather than lib/dates' diffDays (date-fns parsing) because it
 * runs on every range change, dozens of times.
 */
export function dayNumber(day: IsoDate): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000
  );
}

/** The IsoDate of a day number (inverse of dayNumber). */
export function dayFromNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/** Position of `day` in `dates` (negative or ≥ length when outside the series). */
export function indexOfDay(dates: readonly IsoDate[], day: IsoDate): number {
  const first = dates[0];
  return first === undefined ? -1 : dayNumber(day) - dayNumber(first);
}

/** The inclusive index span of a range, clamped to the series; null when they do not overlap. */
export function rangeIndexes(
  dates: readonly IsoDate[],
  range: { from: IsoDate; to: IsoDate },
): { start: number; end: number } | null {
  const start = Math.max(0, indexOfDay(dates, range.from));
  const end = Math.min(dates.length - 1, indexOfDay(dates, range.to));
  return start > end ? null : { start, end };
}

/**
 * The cumulative total at the end of the day before index `i`.
 *
 * Before the first record (i = 0) this is 0: the General Staff's totals count every loss since the
 * invasion began on the day before its first statement, so nothing had been counted before then.
 * For a category first reported later, the day before its first value is null (not reported), so a
 * range that starts before a category existed has no honest "in range" figure.
 */
export function cumulativeBefore(values: readonly (number | null)[], i: number): number | null {
  if (i <= 0) return 0;
  return values[i - 1] ?? null;
}

/** The last index ≤ `i` that has a value, or -1. */
export function lastReportedIndex(values: readonly (number | null)[], i: number): number {
  for (let j = Math.min(i, values.length - 1); j >= 0; j--) if (values[j] != null) return j;
  return -1;
}
