// Weekly and monthly bucketing of the daily series for the bar views. Weeks are ISO weeks
// (Monday to Sunday); months are calendar months. Buckets are cut at the range's edges and
// flagged `partial` so the chart can say that the first or last bar covers fewer days.
import type { IsoDate } from "../../data/schemas/common";
import type { DateRange } from "../../filters/range";
import { cumulativeBefore, dayFromNumber, dayNumber, rangeIndexes } from "../../lib/series-index";

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

/** 0 = Monday … 6 = Sunday, for a YYYY-MM-DD day (computed in UTC, so no time-zone drift). */
function isoWeekday(day: IsoDate): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
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

/** The weeks or months overlapping `range`, in order, each cut to the range and the series. */
export function deriveBuckets(dates: readonly IsoDate[], range: DateRange, unit: BucketUnit): Bucket[] {
  const span = rangeIndexes(dates, range);
  if (span === null) return [];
  const buckets: Bucket[] = [];
  let weekday = isoWeekday(dates[span.start] as IsoDate);
  let open: { startIndex: number; start: IsoDate } | null = null;
  const close = (endIndex: number) => {
    if (open === null) return;
    const end = dates[endIndex] as IsoDate;
    const bounds =
      unit === "week"
        ? {
            bucketStart: dayFromNumber(dayNumber(end) - isoWeekday(end)),
            bucketEnd: dayFromNumber(dayNumber(end) + 6 - isoWeekday(end)),
            fullDays: 7,
          }
        : monthBounds(end);
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
    const startsBucket = unit === "week" ? weekday === 0 : day.endsWith("-01");
    if (open === null || startsBucket) {
      close(i - 1);
      open = { startIndex: i, start: day };
    }
    weekday = (weekday + 1) % 7;
  }
  close(span.end);
  return buckets;
}

/** Losses in each bucket: cumulative at its last day minus cumulative before its first day. */
export function deriveBucketTotals(
  cumulative: readonly (number | null)[],
  buckets: readonly Bucket[],
): (number | null)[] {
  return buckets.map((b) => {
    const end = cumulative[b.endIndex] ?? null;
    const before = cumulativeBefore(cumulative, b.startIndex);
    return end != null && before != null ? end - before : null;
  });
}
