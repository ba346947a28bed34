// Index arithmetic on dated series. Two kinds exist: gap-free ones (General Staff, territory: every
// calendar day, guaranteed by their schemas), where a day's position is its distance in days from
// the first date (indexOfDay, no search), and gapped ones (Oryx: days without a snapshot), which
// need a search (indexAtOrBefore / indexAtOrAfter). rangeIndexes works on both.
import type { IsoDate } from "../data/schemas/common";

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

/** Position of `day` in a GAP-FREE `dates` (negative or ≥ length when outside the series). */
export function indexOfDay(dates: readonly IsoDate[], day: IsoDate): number {
  const first = dates[0];
  return first === undefined ? -1 : dayNumber(day) - dayNumber(first);
}

/**
 * The last index whose date is ≤ `day` in ascending `dates` (gaps allowed), or -1 when every
 * date is after it. IsoDates compare correctly as strings.
 */
export function indexAtOrBefore(dates: readonly IsoDate[], day: IsoDate): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as IsoDate) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first index whose date is ≥ `day` (gaps allowed), or `dates.length` when every date is before it. */
export function indexAtOrAfter(dates: readonly IsoDate[], day: IsoDate): number {
  const before = indexAtOrBefore(dates, day);
  return before >= 0 && dates[before] === day ? before : before + 1;
}

/**
 * The inclusive index span of the dates inside a range (gaps allowed); null when none falls in it.
 * On a gap-free series this is the range clamped to the series.
 */
export function rangeIndexes(
  dates: readonly IsoDate[],
  range: { from: IsoDate; to: IsoDate },
): { start: number; end: number } | null {
  const start = indexAtOrAfter(dates, range.from);
  const end = indexAtOrBefore(dates, range.to);
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
