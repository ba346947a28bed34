// Per-category series derived once per dataset (not per render or per range change): the range
// only slices these arrays, which keeps a brush drag cheap on four years of daily data.
import { GENERAL_STAFF_CATEGORIES } from "../../../data/schemas/losses";
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import { deriveDailyChanges } from "./derive-daily-changes";
import { deriveRollingAverage } from "./derive-rolling-average";

export interface CategorySeries {
  /** Cumulative totals since the invasion began, as claimed. */
  cumulative: readonly (number | null)[];
  /** Losses per day (can be negative after a correction). */
  daily: (number | null)[];
  /** Trailing 7-day mean of `daily`, losses per day. */
  avg7: (number | null)[];
}

export type SeriesByCategory = Record<GeneralStaffCategory, CategorySeries>;

export function deriveCategorySeries(gs: GeneralStaff): SeriesByCategory {
  const out = {} as SeriesByCategory;
  for (const category of GENERAL_STAFF_CATEGORIES) {
    const cumulative = gs.cumulative[category];
    const daily = deriveDailyChanges(cumulative);
    out[category] = { cumulative, daily, avg7: deriveRollingAverage(daily, 7) };
  }
  return out;
}
