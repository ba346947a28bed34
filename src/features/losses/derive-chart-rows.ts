// The rows the main chart draws and the table lists (one source, so the two always agree).
import type { IsoDate } from "../../data/schemas/common";
import type { GeneralStaffCategory } from "../../data/schemas/losses";
import type { DateRange } from "../../filters/range";
import type { LossesView, Scale } from "./losses-url-state";
import { deriveBuckets, deriveBucketTotals } from "./derive-buckets";
import type { SeriesByCategory } from "./derive-category-series";
import { deriveLogSafeValues } from "./derive-log-safe-values";
import { dayNumber, rangeIndexes } from "../../lib/series-index";

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
      const totals = deriveBucketTotals(series[category].cumulative, buckets);
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
    const n = span.end - span.start + 1;
    rows = new Array<ChartRow>(n);
    for (let k = 0; k < n; k++) {
      const day = dates[span.start + k] as IsoDate;
      const t = dayNumber(day);
      rows[k] = {
        key: day,
        t,
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
      for (let k = 0; k < n; k++) {
        const i = span.start + k;
        const row = rows[k] as ChartRow;
        const value = source[i] ?? null;
        row.values[category] = value;
        // Change versus the day before, which may lie before the range (so the first row has one too).
        const prev = view === "cumulative" ? null : i > 0 ? (source[i - 1] ?? null) : null;
        row.change[category] =
          view === "cumulative" ? (s.daily[i] ?? null) : value != null && prev != null ? value - prev : null;
      }
    }
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
