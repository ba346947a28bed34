// KPI figures for one category over an inclusive range [from, to].
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import { addDays } from "../../../lib/dates";
import { cumulativeBefore, rangeIndexes } from "../../../lib/series-index";
import { windowChange } from "../../../lib/windows";

export interface RangeTotals {
  category: GeneralStaffCategory;
  /** Cumulative total claimed at the end of `asOf` (= range.to); null when not reported that day. */
  total: number | null;
  asOf: IsoDate;
  /** Losses inside the range: cumulative at `to` minus cumulative on the day before `from`. */
  inRange: number | null;
  /** The day whose total is subtracted; null when `from` is the first statement (baseline 0). */
  baselineDate: IsoDate | null;
  /** Losses on `to` itself: cumulative at `to` minus cumulative the day before. */
  onLastDay: number | null;
  /** inRange / days, losses per day. */
  dailyAverage: number | null;
  /** Days in the range, both ends included. */
  days: number;
  /** First day the category has a value in the whole series; null if never reported. */
  firstReported: IsoDate | null;
  /**
   * Set when the category was first reported inside the range (after its first day): the figures
   * then count from that report (its total is the baseline), over the days after it.
   */
  countedFrom: IsoDate | null;
}

/** Range totals for each requested category; the range is clamped to the series. */
export function deriveRangeTotals(
  gs: GeneralStaff,
  range: DateRange,
  categories: readonly GeneralStaffCategory[],
): RangeTotals[] {
  const span = rangeIndexes(gs.dates, range);
  return categories.map((category) => {
    const values = gs.cumulative[category];
    const firstIndex = values.findIndex((v) => v != null);
    const firstReported = firstIndex >= 0 ? (gs.dates[firstIndex] ?? null) : null;
    if (span === null) {
      return {
        category,
        total: null,
        asOf: range.to,
        inRange: null,
        baselineDate: null,
        onLastDay: null,
        dailyAverage: null,
        days: 0,
        firstReported,
        countedFrom: null,
      };
    }
    const { start, end } = span;
    const asOf = gs.dates[end] ?? range.to;
    const total = values[end] ?? null;
    const previousDay = cumulativeBefore(values, end);
    // First reported inside the range: count from that report, never "not reported" beside a line.
    const lateStart = start > 0 && firstIndex > start && firstIndex <= end;
    // lib/windows.ts: value(to) − value(the day before the window); the General Staff's totals
    // count from 0 before its first statement. A late category's window starts after its first report.
    const window = {
      from: lateStart ? addDays(gs.dates[firstIndex]!, 1) : gs.dates[start]!,
      to: gs.dates[end]!,
    };
    const inRange = windowChange(gs.dates, values, window, 0).change;
    const days = lateStart ? end - firstIndex : end - start + 1;
    return {
      category,
      total,
      asOf,
      inRange,
      baselineDate: lateStart ? firstReported : start === 0 ? null : (gs.dates[start - 1] ?? null),
      onLastDay: total != null && previousDay != null ? total - previousDay : null,
      dailyAverage: inRange != null && days > 0 ? inRange / days : null,
      days,
      firstReported,
      countedFrom: lateStart ? firstReported : null,
    };
  });
}

/** Whether `day` lies before the first value of a category (the KPI then says "not reported"). */
export function isBeforeFirstReport(totals: RangeTotals, day: IsoDate): boolean {
  return totals.firstReported === null || day < totals.firstReported;
}
