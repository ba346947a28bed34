// The rows the main chart draws and the table lists (one source, so the two always agree).
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import type { LossesView, Scale } from "../losses-url-state";
import { deriveBuckets, deriveBucketTotals } from "./derive-buckets";
import type { SeriesByCategory } from "./derive-category-series";
import { deriveLogSafeValues } from "./derive-log-safe-values";
import { dayNumber, rangeIndexes } from "../../../lib/series-index";

type CategoryValues = Partial<Record<GeneralStaffCategory, number | null>>;

export interface ChartRow {
  /** X-axis key: the day, or the first day of the week/month inside the range. */
  key: IsoDate;
  /** `key` as days since 1970-01-01: the position on a continuous time axis. */
  t: number;
  start: IsoDate;
  end: IsoDate;
  /** Week or month cut short by the range or the data. Always false for daily rows. */
  partial: boolean;
  /** Values of the view (cumulative total, losses per day, or losses per bucket). */
  values: CategoryValues;
  /** What is drawn: `values`, with ≤ 0 turned into gaps on a log scale. */
  plotted: CategoryValues;
  /**
   * Change versus the previous row (day, week or month); null for the first bucket of a range.
   * When this bucket or the previous one is partial, the change is of losses per day (`perDay`), so a
   * 6-day week is never compared with a 7-day one.
   */
  change: CategoryValues;
  /** Days the row covers (1 for daily rows). */
  days: number;
  /** Whether `change` compares losses per day (a partial bucket on either side). */
  perDay: boolean;
}

export interface ChartModel {
  rows: ChartRow[];
  /** Granularity of one row. */
  unit: "day" | "week" | "month";
  /** Points per category that a log scale cannot draw (≤ 0). */
  hiddenOnLog: CategoryValues;
  /** Whether the first / last bar covers only part of its week or month. */
  partialFirst: boolean;
  partialLast: boolean;
}

export interface ChartOptions {
  range: DateRange;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
}

export function deriveChartModel(
  dates: readonly IsoDate[],
  series: SeriesByCategory,
  { range, categories, view, scale }: ChartOptions,
): ChartModel {
  const empty: ChartModel = {
    rows: [],
    unit: "day",
    hiddenOnLog: {},
    partialFirst: false,
    partialLast: false,
  };
  const span = rangeIndexes(dates, range);
  if (span === null) return empty;

  let rows: ChartRow[];
  let unit: ChartModel["unit"] = "day";
  if (view === "weekly" || view === "monthly") {
    unit = view === "weekly" ? "week" : "month";
    const buckets = deriveBuckets(dates, range, unit);
    rows = buckets.map((b) => ({
      key: b.start,
      t: dayNumber(b.start),
      start: b.start,
      end: b.end,
      partial: b.partial,
      values: {},
      plotted: {},
      change: {},
      days: b.days,
      perDay: false,
    }));
    for (const category of categories) {
      const totals = deriveBucketTotals(dates, series[category].cumulative, buckets);
      totals.forEach((value, i) => {
        const row = rows[i] as ChartRow;
        const prev = i > 0 ? (totals[i - 1] ?? null) : null;
        const before = buckets[i - 1];
        const bucket = buckets[i] as (typeof buckets)[number];
        row.values[category] = value;
        // Like with like: a partial bucket on either side compares losses per day instead.
        row.perDay = !!before && (bucket.partial || before.partial);
        row.change[category] =
          value == null || prev == null || !before
            ? null
            : row.perDay
              ? value / bucket.days - prev / before.days
              : value - prev;
      });
    }
  } else {
    // Daily rows do not depend on the range: built once for the whole series, then sliced.
    const all = dailyRows(dates, series, categories, view, scale);
    rows = all.slice(span.start, span.end + 1);
    const hiddenOnLog: CategoryValues = {};
    for (const category of categories) {
      let hidden = 0;
      if (scale === "log")
        for (const row of rows) if (row.values[category] != null && row.plotted[category] == null) hidden++;
      hiddenOnLog[category] = hidden;
    }
    return { rows, unit, hiddenOnLog, partialFirst: false, partialLast: false };
  }

  const hiddenOnLog: CategoryValues = {};
  for (const category of categories) {
    const raw = rows.map((r) => r.values[category] ?? null);
    const plotted = scale === "log" ? deriveLogSafeValues(raw) : { values: raw, hidden: 0 };
    hiddenOnLog[category] = plotted.hidden;
    plotted.values.forEach((v, i) => {
      (rows[i] as ChartRow).plotted[category] = v;
    });
  }
  return {
    rows,
    unit,
    hiddenOnLog,
    partialFirst: rows[0]?.partial ?? false,
    partialLast: rows.length > 1 ? (rows[rows.length - 1]?.partial ?? false) : false,
  };
}

/**
 * Every daily row of one view over the whole series, frozen (Recharts freezes the data it is given
 * on every range change, and skips what is frozen already). Kept for the last few combinations of
 * categories, view and scale per dataset, so a range change only slices.
 */
const dailyCache = new WeakMap<SeriesByCategory, Map<string, readonly ChartRow[]>>();
const DAILY_CACHE_SIZE = 6;

function dailyRows(
  dates: readonly IsoDate[],
  series: SeriesByCategory,
  categories: readonly GeneralStaffCategory[],
  view: "cumulative" | "daily" | "avg7",
  scale: Scale,
): readonly ChartRow[] {
  let cache = dailyCache.get(series);
  if (!cache) dailyCache.set(series, (cache = new Map()));
  const key = `${dates.length}|${view}|${scale}|${categories.join(",")}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const n = dates.length;
  const rows = new Array<ChartRow>(n);
  for (let i = 0; i < n; i++) {
    const day = dates[i] as IsoDate;
    rows[i] = {
      key: day,
      t: dayNumber(day),
      start: day,
      end: day,
      partial: false,
      values: {},
      plotted: {},
      change: {},
      days: 1,
      perDay: false,
    };
  }
  for (const category of categories) {
    const s = series[category];
    const source = view === "cumulative" ? s.cumulative : view === "daily" ? s.daily : s.avg7;
    for (let i = 0; i < n; i++) {
      const row = rows[i] as ChartRow;
      const value = source[i] ?? null;
      row.values[category] = value;
      // Change versus the day before, which may lie before the range (so the first row has one too).
      const prev = view === "cumulative" ? null : i > 0 ? (source[i - 1] ?? null) : null;
      row.change[category] =
        view === "cumulative" ? (s.daily[i] ?? null) : value != null && prev != null ? value - prev : null;
      // A log axis cannot draw zero or less: a gap (counted per range by the caller).
      row.plotted[category] = scale === "log" && value != null && value <= 0 ? null : value;
    }
  }
  for (const row of rows) {
    Object.freeze(row.values);
    Object.freeze(row.plotted);
    Object.freeze(row.change);
    Object.freeze(row);
  }
  cache.set(key, rows);
  if (cache.size > DAILY_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return rows;
}
