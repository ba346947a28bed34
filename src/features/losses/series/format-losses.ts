// Reader-facing wording of values and rows in the losses panel (locale formatting via lib/format).
import type { IsoDate } from "../../../data/schemas/common";
import type { LossesView } from "../losses-url-state";
import { formatDate, formatDateRange, formatNumber, formatSignedNumber } from "../../../lib/format";
import type { ChartModel, ChartRow } from "./derive-chart-rows";

/** Counts are whole; the 7-day average keeps one decimal (losses per day). */
export function formatViewValue(value: number | null | undefined, view: LossesView): string {
  if (value == null) return "not reported";
  return formatNumber(value, undefined, view === "avg7" ? 1 : 0);
}

export function formatViewChange(value: number | null | undefined, view: LossesView): string {
  if (value == null) return "–";
  return formatSignedNumber(value, undefined, view === "avg7" ? 1 : 0);
}

/** "25 Jul 2023", "3 – 9 Jul 2023", "Jul 2023", with "(partial: 2 of 7 days)" for cut buckets. */
export function formatRowPeriod(row: ChartRow, unit: ChartModel["unit"]): string {
  if (unit === "day") return formatDate(row.start);
  const label =
    unit === "month" && !row.partial
      ? formatDate(row.start, "month")
      : formatDateRange({ from: row.start, to: row.end });
  if (!row.partial) return label;
  const full = unit === "week" ? 7 : monthLength(row.start);
  const days = daysBetween(row.start, row.end) + 1;
  return `${label} (partial: ${days} of ${full} days)`;
}

function monthLength(day: IsoDate): number {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const VIEW_UNITS: Record<LossesView, string> = {
  cumulative: "cumulative total since the invasion began",
  daily: "losses per day",
  avg7: "losses per day, 7-day average",
  weekly: "losses per week",
  monthly: "losses per month",
};

export function viewUnit(view: LossesView): string {
  return VIEW_UNITS[view];
}

export const VIEW_LABELS: Record<LossesView, string> = {
  cumulative: "Cumulative",
  daily: "Daily",
  avg7: "7-day average",
  weekly: "Weekly",
  monthly: "Monthly",
};

/** "previous day" / "previous week" / "previous month", for tooltips. */
export function previousLabel(unit: ChartModel["unit"]): string {
  return `vs previous ${unit}`;
}

/** Axis tick: "Jul 2023" on long ranges, "25 Jul" on short ones (the app's one date format, en-GB). */
export function makeTickFormatter(spanDays: number): (day: IsoDate) => string {
  // Two formatters for the page's lifetime: building an Intl.DateTimeFormat takes about a
  // millisecond, too much to repeat on every range change.
  const long = spanDays > 75;
  let f = tickFormatters.get(long);
  if (!f) {
    const format = new Intl.DateTimeFormat(
      "en-GB",
      long
        ? { month: "short", year: "numeric", timeZone: "UTC" }
        : { day: "numeric", month: "short", timeZone: "UTC" },
    );
    tickFormatters.set(long, (f = memoised((day) => format.format(new Date(`${day}T00:00:00Z`)))));
  }
  return f;
}
const tickFormatters = new Map<boolean, (day: IsoDate) => string>();

/** Recharts formats every tick several times per render (measuring, then drawing): Intl once per value. */
function memoised<K, V>(f: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = f(key)));
    return v;
  };
}

/**
 * Y tick formatter for an axis whose largest value is `max`: full numbers below 10,000 (so 4,110
 * and 4,174 stay distinct), compact above with as many decimals as the ticks need ("1.05M"), so a
 * label always says its tick's exact value.
 */
export function makeAxisNumberFormatter(max: number, digits = 1): (value: number) => string {
  if (max < 10_000) return plainAxisNumber;
  let f = compactFormatters.get(digits);
  if (!f) {
    const format = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: digits });
    compactFormatters.set(digits, (f = memoised((v: number) => format.format(v))));
  }
  return f;
}
const plainAxisNumber = (v: number) => formatNumber(v);
/** One per number of decimals, kept for the page's lifetime (see makeTickFormatter). */
const compactFormatters = new Map<number, (value: number) => string>();
