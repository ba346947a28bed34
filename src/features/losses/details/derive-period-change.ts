// Change of the losses in a range versus the period of the same length just before it; the
// sparkline cards are sorted by it so the categories that accelerated most come first.
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import { deriveRangeTotals } from "../series/derive-range-totals";
import { rangeIndexes } from "../../../lib/series-index";

export interface PeriodChange {
  category: GeneralStaffCategory;
  /** Losses in the range. */
  current: number | null;
  /** Losses in the previous period of the same length; null when it is not covered by the data. */
  previous: number | null;
  previousRange: DateRange | null;
  /** (current − previous) / previous, e.g. 0.25 = 25% more; null when previous is unknown or 0. */
  ratio: number | null;
}

export function derivePeriodChanges(
  gs: GeneralStaff,
  range: DateRange,
  categories: readonly GeneralStaffCategory[],
): PeriodChange[] {
  const span = rangeIndexes(gs.dates, range);
  const current = deriveRangeTotals(gs, range, categories);
  if (span === null) {
    return current.map((t) => ({
      category: t.category,
      current: null,
      previous: null,
      previousRange: null,
      ratio: null,
    }));
  }
  const length = span.end - span.start + 1;
  const prevStart = span.start - length;
  const previousRange =
    prevStart >= 0
      ? {
          from: gs.dates[prevStart] as DateRange["from"],
          to: gs.dates[span.start - 1] as DateRange["to"],
        }
      : null;
  const previous = previousRange ? deriveRangeTotals(gs, previousRange, categories) : null;
  return current.map((t, i) => {
    const prev = previous?.[i]?.inRange ?? null;
    const ratio = t.inRange != null && prev != null && prev !== 0 ? (t.inRange - prev) / prev : null;
    return { category: t.category, current: t.inRange, previous: prev, previousRange, ratio };
  });
}

/** Largest relative increase first; categories without a comparable previous period last, in input order. */
export function sortByPeriodChange(changes: readonly PeriodChange[]): PeriodChange[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      if (a.c.ratio == null || b.c.ratio == null) {
        if (a.c.ratio == null && b.c.ratio == null) return a.i - b.i;
        return a.c.ratio == null ? 1 : -1;
      }
      return b.c.ratio - a.c.ratio || a.i - b.i;
    })
    .map(({ c }) => c);
}
