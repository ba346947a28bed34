// Weekly and monthly bucketing of the daily series for the bar views. Weeks are ISO weeks
// (Monday to Sunday); months are calendar months. Buckets are cut at the range's edges and
// flagged `partial` so the chart can say that the first or last bar covers fewer days.
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import { addDays } from "../../../lib/dates";
import { dayNumber, rangeIndexes } from "../../../lib/series-index";
import { weeksOf, windowChange } from "../../../lib/windows";

export type BucketUnit = "week" | "month";

export interface Bucket {
  /** First and last day of the bucket inside the range (both included). */
  start: IsoDate;
  end: IsoDate;
  /** Calendar bounds of the whole week or month. */
  bucketStart: IsoDate;
  bucketEnd: IsoDate;
  /** Days of the bucket inside the range, and days in the whole bucket (7, or 28–31). */
  days: number;
  fullDays: number;
  /** True when the range or the data cuts the bucket short. */
  partial: boolean;
  /** Positions of start and end in the series. */
  startIndex: number;
  endIndex: number;
}

function daysInMonth(day: IsoDate): number {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthBounds(day: IsoDate): { bucketStart: IsoDate; bucketEnd: IsoDate; fullDays: number } {
  const fullDays = daysInMonth(day);
  const prefix = day.slice(0, 8);
  return {
    bucketStart: `${prefix}01` as IsoDate,
    bucketEnd: `${prefix}${String(fullDays).padStart(2, "0")}` as IsoDate,
    fullDays,
  };
}

/**
 * The weeks or months overlapping `range`, in order, each cut to the range and the series. Weeks
 * are lib/windows.ts weeksOf (the one rule for "a week"); `dates` is gap-free (the General Staff's).
 */
export function deriveBuckets(dates: readonly IsoDate[], range: DateRange, unit: BucketUnit): Bucket[] {
  const span = rangeIndexes(dates, range);
  if (span === null) return [];
  const first = dayNumber(dates[0]!);
  if (unit === "week")
    return weeksOf({ from: dates[span.start]!, to: dates[span.end]! }).map((w) => ({
      start: w.from,
      end: w.to,
      bucketStart: w.monday,
      bucketEnd: addDays(w.monday, 6),
      days: w.days,
      fullDays: 7,
      partial: w.partial,
      startIndex: dayNumber(w.from) - first,
      endIndex: dayNumber(w.to) - first,
    }));
  const buckets: Bucket[] = [];
  let open: { startIndex: number; start: IsoDate } | null = null;
  const close = (endIndex: number) => {
    if (open === null) return;
    const end = dates[endIndex] as IsoDate;
    const bounds = monthBounds(end);
    const days = endIndex - open.startIndex + 1;
    buckets.push({
      ...bounds,
      start: open.start,
      end,
      days,
      partial: days < bounds.fullDays,
      startIndex: open.startIndex,
      endIndex,
    });
  };
  for (let i = span.start; i <= span.end; i++) {
    const day = dates[i] as IsoDate;
    if (open === null || day.endsWith("-01")) {
      close(i - 1);
      open = { startIndex: i, start: day };
    }
  }
  close(span.end);
  return buckets;
}

/** Losses in each bucket: the change over its days (lib/windows.ts), 0 before the first statement. */
export function deriveBucketTotals(
  dates: readonly IsoDate[],
  cumulative: readonly (number | null)[],
  buckets: readonly Bucket[],
): (number | null)[] {
  return buckets.map((b) => windowChange(dates, cumulative, { from: b.start, to: b.end }, 0).change);
}
