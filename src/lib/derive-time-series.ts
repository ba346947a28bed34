// Where everything in a comparison line chart goes, in pixels: rows placed by day on a time axis,
// one SVG path per series (a gap wherever a value is missing, never joined across it), fewer
// points than pixels on long ranges, the shaded spans and dashed marks with the labels that fit,
// and the row nearest the pointer. Pure, so TimeSeriesChart (components/chart) only draws.
import type { IsoDate } from "../data/schemas/common";
import { deriveDateTicks } from "./derive-axis-ticks";
import { deriveChartLayout, nearestIndex, type ChartLayout, type Margin } from "./derive-chart-layout";
import { deriveLinePath } from "./derive-line-path";
import { deriveMarkLabels, labelWidth } from "./derive-mark-labels";
import { dayFromNumber, dayNumber } from "./series-index";

/** Room around the plot of every line chart on a time axis (the comparison and sector charts). */
export const SERIES_MARGIN: Margin = { top: 8, right: 12, bottom: 4, left: 4 };
/** Room left of the plot for the y labels. */
export const SERIES_Y_AXIS_WIDTH = 64;
/** Room under the plot for the x tick marks and labels. */
export const SERIES_X_AXIS_HEIGHT = 30;

export type ChartRow = { date: IsoDate } & Record<string, number | null | IsoDate | undefined>;

export interface Span {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

export interface Mark {
  date: IsoDate;
  label: string;
}

/** A row's value in one series, or NaN where it has none (a gap). */
function valueAt(row: ChartRow | undefined, key: string): number {
  const v = row?.[key];
  return typeof v === "number" && Number.isFinite(v) ? v : NaN;
}

/**
 * Which rows to draw (indexes, ascending) when there are more rows than pixel columns: in each
 * column the first and last row, and each series' highest and lowest (so peaks and dips stay),
 * plus both rows at every edge of a gap (so a line stops and starts where its values do). All
 * rows when they fit. `xs` are the rows' pixel positions, ascending.
 */
export function deriveDrawnRows(
  rows: readonly ChartRow[],
  keys: readonly string[],
  xs: readonly number[],
  columns: number,
): number[] {
  const n = rows.length;
  if (n <= Math.max(1, columns)) return rows.map((_, i) => i);
  const kept = new Set<number>([0, n - 1]);
  let start = 0;
  while (start < n) {
    const column = Math.floor(xs[start] ?? 0);
    let end = start + 1;
    while (end < n && Math.floor(xs[end] ?? 0) === column) end++;
    kept.add(start);
    kept.add(end - 1);
    for (const key of keys) {
      let lo = -1;
      let hi = -1;
      for (let i = start; i < end; i++) {
        const v = valueAt(rows[i], key);
        if (Number.isNaN(v)) continue;
        if (lo < 0 || v < valueAt(rows[lo], key)) lo = i;
        if (hi < 0 || v > valueAt(rows[hi], key)) hi = i;
      }
      if (lo >= 0) kept.add(lo);
      if (hi >= 0) kept.add(hi);
    }
    start = end;
  }
  for (const key of keys)
    for (let i = 1; i < n; i++) {
      if (Number.isNaN(valueAt(rows[i - 1], key)) !== Number.isNaN(valueAt(rows[i], key))) {
        kept.add(i - 1);
        kept.add(i);
      }
    }
  return [...kept].sort((a, b) => a - b);
}

export interface SeriesGeometry {
  layout: ChartLayout;
  /** Day numbers of the axis' first and last day (the first and last row). */
  domain: readonly [number, number];
  /** Pixel x of every row, ascending: what the pointer is matched against. */
  xs: number[];
  /** One path per series key, through the drawn rows. */
  paths: string[];
  /** How many rows the paths pass through (fewer than the rows on long ranges). */
  drawn: number;
  /** Stretches between two rows more than `maxGapDays` apart: no line is drawn across them. */
  gaps: Span[];
}

export interface SeriesGeometryInput {
  rows: readonly ChartRow[];
  keys: readonly string[];
  width: number;
  height: number;
  yDomain: readonly [number, number];
  /**
   * Rows further apart than this many days are not joined (a source with no snapshot for weeks:
   * Oryx): the line stops and the stretch is returned in `gaps`. Default: always joined.
   */
  maxGapDays?: number;
}

/** Where consecutive rows are more than `maxGapDays` apart: the days between them, and the rows' indexes. */
export function deriveRowGaps(
  rows: readonly ChartRow[],
  maxGapDays: number,
): { span: Span; before: number; after: number }[] {
  const out: { span: Span; before: number; after: number }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = dayNumber(rows[i - 1]!.date);
    const b = dayNumber(rows[i]!.date);
    if (b - a > maxGapDays)
      out.push({
        span: {
          from: dayFromNumber(a + 1),
          to: dayFromNumber(b - 1),
          label: `no snapshot for ${b - a - 1} days`,
        },
        before: i - 1,
        after: i,
      });
  }
  return out;
}

/** The chart's layout and line paths; null without rows. Rows come in date order. */
export function deriveSeriesGeometry(input: SeriesGeometryInput): SeriesGeometry | null {
  const { rows, keys, width, height, yDomain } = input;
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const domain = [dayNumber(first.date), dayNumber(last.date)] as const;
  const layout = deriveChartLayout({
    width,
    height,
    margin: SERIES_MARGIN,
    yAxisWidth: SERIES_Y_AXIS_WIDTH,
    xAxisHeight: SERIES_X_AXIS_HEIGHT,
    xAxis: { kind: "time", domain },
    yScale: "linear",
    yDomain,
  });
  const xs = rows.map((r) => layout.x(dayNumber(r.date)) ?? NaN);
  const gaps = input.maxGapDays === undefined ? [] : deriveRowGaps(rows, input.maxGapDays);
  let drawn = deriveDrawnRows(rows, keys, xs, Math.ceil(layout.plot.width));
  // Both rows at a gap's edges are drawn, and a break (NaN) goes between them.
  const breakAfter = new Set(gaps.map((g) => g.before));
  if (gaps.length > 0)
    drawn = [...new Set([...drawn, ...gaps.flatMap((g) => [g.before, g.after])])].sort((a, b) => a - b);
  const order = drawn.flatMap((i) => (breakAfter.has(i) ? [i, -1] : [i]));
  const dx = order.map((i) => (i < 0 ? NaN : (xs[i] ?? NaN)));
  const paths = keys.map((key) =>
    deriveLinePath(
      dx,
      order.map((i) => {
        const v = i < 0 ? NaN : valueAt(rows[i], key);
        return Number.isNaN(v) ? NaN : (layout.y(v) ?? NaN);
      }),
    ),
  );
  return { layout, domain, xs, paths, drawn: drawn.length, gaps: gaps.map((g) => g.span) };
}

export interface PlacedSpan {
  key: string;
  x: number;
  width: number;
  /** Drawn only where it fits inside its band (the legend names the band too). */
  label: string | null;
  /** The label, whether or not it fits. */
  name: string;
}

/** Shaded spans cut to the axis' days; a span wholly outside them is left out. */
export function placeSpans(
  spans: readonly Span[],
  layout: ChartLayout,
  [t0, t1]: readonly [number, number],
): PlacedSpan[] {
  return spans.flatMap((s) => {
    const from = Math.max(t0, dayNumber(s.from));
    const to = Math.min(t1, dayNumber(s.to));
    const x1 = layout.x(from);
    const x2 = layout.x(to);
    if (from > to || x1 === undefined || x2 === undefined) return [];
    const width = x2 - x1;
    return [
      {
        key: s.from + s.label,
        x: x1,
        width,
        label: width >= labelWidth(s.label) ? s.label : null,
        name: s.label,
      },
    ];
  });
}

export interface PlacedMark {
  key: string;
  x: number;
  /** Drawn just left of its line where it has room (deriveMarkLabels). */
  label: string | null;
}

/** Dashed marks on the axis' days (those outside are left out), with the labels that fit. */
export function placeMarks(
  marks: readonly Mark[],
  layout: ChartLayout,
  [t0, t1]: readonly [number, number],
): PlacedMark[] {
  const inside = marks.filter((m) => {
    const t = dayNumber(m.date);
    return t >= t0 && t <= t1;
  });
  const xs = inside.map((m) => layout.x(dayNumber(m.date)) ?? NaN);
  const labelled = deriveMarkLabels(
    inside.map((m, i) => ({ x: xs[i] ?? NaN, label: m.label })),
    layout.plot.x,
  );
  return inside.map((m, i) => ({
    key: m.date + m.label,
    x: xs[i] ?? NaN,
    label: labelled.has(i) ? m.label : null,
  }));
}

/** The row under pixel `px` (the nearest day with a row), or -1 without rows. */
export function rowAtPixel(xs: readonly number[], px: number): number {
  return nearestIndex(xs, px);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/**
 * Every day from day number `t0` to `t1` as YYYY-MM-DD, counted on the calendar (no Date per day:
 * this runs for each line chart on every range change, over up to ~1,600 days).
 */
export function dayKeys(t0: number, t1: number): IsoDate[] {
  const out: IsoDate[] = [];
  const first = dayFromNumber(t0);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  let d = Number(first.slice(8, 10));
  for (let t = t0; t <= t1; t++) {
    out.push(`${y}-${pad(m)}-${pad(d)}` as IsoDate);
    if (++d > daysInMonth(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return out;
}

/** The x ticks (day numbers) of a time axis over [t0, t1] on a plot `plotWidth` px wide. */
export function deriveTimeTicks([t0, t1]: readonly [number, number], plotWidth: number): number[] {
  return deriveDateTicks(dayKeys(t0, t1), plotWidth).map(dayNumber);
}
