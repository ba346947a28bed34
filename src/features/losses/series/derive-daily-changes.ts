// Day-over-day changes of a cumulative series. Negative values are kept: they are the General
// Staff revising an earlier total down (see derive-correction-markers.ts), not noise to hide.
import { cumulativeBefore } from "../../../lib/series-index";

/**
 * Losses per day, aligned with the cumulative series: value[i] − value[i−1]. The first record is
 * measured from 0 (see cumulativeBefore), so it covers everything since the invasion began. A day
 * whose value or previous value is missing is null (not reported), never 0.
 */
export function deriveDailyChanges(cumulative: readonly (number | null)[]): (number | null)[] {
  return cumulative.map((value, i) => {
    const before = cumulativeBefore(cumulative, i);
    return value != null && before != null ? value - before : null;
  });
}
