// Index arithmetic on the General Staff series. `dates` holds every calendar day from the first
// to the last statement with no gaps (guaranteed by losses.json's schema), so a day's position is
// its distance in days from the first date: no search needed.
import type { IsoDate } from "../../data/schemas/common";
import { diffDays } from "../../lib/dates";

/** Position of `day` in `dates` (negative or ≥ length when outside the series). */
export function indexOfDay(dates: readonly IsoDate[], day: IsoDate): number {
  const first = dates[0];
  return first === undefined ? -1 : diffDays(day, first);
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
