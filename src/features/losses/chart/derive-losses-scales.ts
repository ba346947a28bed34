// Where the losses charts put things (OWID's "sized → placed" step): the y domain and ticks (round
// 1-2-5 steps on a linear axis, whole powers of ten on a log one), the x axis (a continuous time
// axis for days, so dropping points never bends time; bands for weeks and months), the x ticks and
// both tick formatters, and the plot area inside the margins. Pure: the chart component only draws
// what this returns.
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { deriveAxisTicks } from "../../../lib/derive-axis-ticks";
import { deriveChartLayout, type ChartLayout, type Margin } from "../../../lib/derive-chart-layout";
import { compactDigits, deriveYTicks } from "../../../lib/derive-y-ticks";
import { dayFromNumber, dayNumber } from "../../../lib/series-index";
import type { ChartModel, ChartRow } from "../series/derive-chart-rows";
import { makeAxisNumberFormatter, makeTickFormatter } from "../series/format-losses";
import type { LossesView, Scale } from "../losses-url-state";

/** Margins around the axes (px); with line-end labels the right one holds the ~80 px names. */
export const MARGIN: Margin = { top: 8, right: 28, bottom: 0, left: 4 };
export const MARGIN_LABELS: Margin = { ...MARGIN, right: 88 };
/** Room for the y-axis labels (px) and for the x-axis ticks and labels under the plot (px). */
export const Y_AXIS_WIDTH = 52;
export const X_AXIS_HEIGHT = 30;
/** At most this many x labels. */
const MAX_X_TICKS = 8;

export const isBarView = (view: LossesView) => view === "weekly" || view === "monthly";

/** Lowest and highest plotted value of `categories` over `rows` ([Infinity, -Infinity] if none). */
export function plottedExtent(
  rows: readonly ChartRow[],
  categories: readonly GeneralStaffCategory[],
): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows)
    for (const c of categories) {
      const v = row.plotted[c];
      if (v == null) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  return [min, max];
}

/** Log axis bounds on whole powers of ten around the drawn values' extent (all > 0 on a log scale). */
export function logDomain([min, max]: [number, number]): [number, number] {
  if (!Number.isFinite(min)) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(min));
  const hi = Math.max(10 ** Math.ceil(Math.log10(max)), lo * 10);
  return [lo, hi];
}

function powersOfTen([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi; v *= 10) out.push(v);
  return out;
}

export interface LossesScalesInput {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  width: number;
  height: number;
}

export interface LossesScales {
  layout: ChartLayout;
  /** Days on a continuous time axis (daily views) rather than bands (weekly and monthly bars). */
  timeAxis: boolean;
  bars: boolean;
  /** Category names at the line ends (several lines, not bars). */
  endLabels: boolean;
  /** A line at zero (views of changes on a linear axis). */
  zeroLine: boolean;
  /** X ticks in axis units: day numbers on a time axis, row keys on a band axis. */
  xTicks: (string | number)[];
  formatXTick: (t: string | number) => string;
  yTicks: number[];
  formatYTick: (v: number) => string;
}

/** The scales of one losses chart `width` × `height` px wide; null before its width is known. */
export function deriveLossesScales(input: LossesScalesInput): LossesScales | null {
  const { model, categories, view, scale, width, height } = input;
  if (width <= 0) return null;
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  const spanDays =
    first && last
      ? (Date.parse(`${last.end}T00:00:00Z`) - Date.parse(`${first.start}T00:00:00Z`)) / 86_400_000
      : 0;
  const tickFormatter = makeTickFormatter(spanDays > 75 ? 76 : 0);
  const timeAxis = model.unit === "day";
  const keys = model.rows.map((r) => r.key);
  const ticks = deriveAxisTicks(keys, MAX_X_TICKS);
  const bars = isBarView(view);
  const endLabels = categories.length > 1 && !bars;
  const [min, max] = plottedExtent(model.rows, categories);
  const logBounds = scale === "log" ? logDomain([min, max]) : undefined;
  // Linear axes: round 1-2-5 ticks over the plotted values (zero kept in views of changes).
  const linear = logBounds ? null : deriveYTicks(min, max, 5, view !== "cumulative");
  const yDomain = logBounds ?? linear?.domain ?? [0, 1];
  const yTicks = logBounds ? powersOfTen(logBounds) : (linear?.ticks ?? []);
  const yMax = Math.max(...yTicks.map(Math.abs), 0);
  const layout = deriveChartLayout({
    width,
    height,
    margin: endLabels ? MARGIN_LABELS : MARGIN,
    yAxisWidth: Y_AXIS_WIDTH,
    xAxisHeight: X_AXIS_HEIGHT,
    xAxis: timeAxis ? { kind: "time", domain: [first?.t ?? 0, last?.t ?? 0] } : { kind: "band", keys },
    yScale: scale,
    yDomain,
  });
  return {
    layout,
    timeAxis,
    bars,
    endLabels,
    zeroLine: view !== "cumulative" && scale === "linear",
    xTicks: timeAxis ? ticks.map(dayNumber) : ticks,
    formatXTick: (t) => tickFormatter(typeof t === "number" ? dayFromNumber(t) : (t as IsoDate)),
    yTicks,
    formatYTick: makeAxisNumberFormatter(yMax, compactDigits(yTicks)),
  };
}

/** The plot area's distance from the chart's edges without line-end labels (px): the range brush lines up with it. */
export const PLOT_INSETS = { left: MARGIN.left + Y_AXIS_WIDTH, right: MARGIN.right } as const;
