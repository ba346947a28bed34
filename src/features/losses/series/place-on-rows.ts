// Finds the chart row (day, week or month) a date falls in, so event lines and correction markers
// sit on the right bar in the weekly and monthly views too.
import type { IsoDate } from "../../../data/schemas/common";
import type { ChartRow } from "./derive-chart-rows";

/** The row whose [start, end] contains `day`, or null when the day is outside the rows. Binary search. */
export function rowContaining(rows: readonly ChartRow[], day: IsoDate): ChartRow | null {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid] as ChartRow;
    if (day < row.start) hi = mid - 1;
    else if (day > row.end) lo = mid + 1;
    else return row;
  }
  return null;
}
