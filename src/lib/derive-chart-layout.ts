// Where everything in a plain-SVG chart goes (the losses charts, the weekly territory bars), in pixels: the plot area inside the margins and axes,
// the x position of a row (a day on a continuous time axis, or a week/month band), the y position
// of a value (linear or log), and which x labels fit. Pure, so the drawing components only draw
// and the geometry is tested without a browser. The chart used Recharts for this; drawing it
// ourselves keeps Recharts (about 60 kB gzip) out of the first page load.

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where in a band an x position sits (a point on a time axis has no width: all three agree). */
export type BandPosition = "start" | "middle" | "end";

export interface ChartLayout {
  width: number;
  height: number;
  plot: PlotArea;
  /** Pixel x of a row: its key on a band axis, its day number on a time axis. */
  x(value: string | number, position?: BandPosition): number | undefined;
  /** Pixel y of a value (undefined where a log axis cannot draw it). */
  y(value: number): number | undefined;
  /** Width of one band (0 on a time axis). */
  bandwidth: number;
}

export type XAxisSpec =
  { kind: "time"; domain: readonly [number, number] } | { kind: "band"; keys: readonly string[] };

export interface LayoutInput {
  width: number;
  height: number;
  margin: Margin;
  /** Room for the y-axis labels, left of the plot. */
  yAxisWidth: number;
  /** Room for the x-axis tick marks and labels, under the plot. */
  xAxisHeight: number;
  xAxis: XAxisSpec;
  yScale: "linear" | "log";
  yDomain: readonly [number, number];
}

export function deriveChartLayout(input: LayoutInput): ChartLayout {
  const { width, height, margin, yAxisWidth, xAxisHeight, xAxis, yScale, yDomain } = input;
  const plot: PlotArea = {
    x: margin.left + yAxisWidth,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right - yAxisWidth),
    height: Math.max(0, height - margin.top - margin.bottom - xAxisHeight),
  };
  let x: ChartLayout["x"];
  let bandwidth = 0;
  if (xAxis.kind === "time") {
    const [t0, t1] = xAxis.domain;
    const span = t1 - t0;
    // A one-day range has no span: its point sits in the middle of the plot.
    x = (value) =>
      typeof value !== "number"
        ? undefined
        : span === 0
          ? plot.x + plot.width / 2
          : plot.x + ((value - t0) / span) * plot.width;
  } else {
    const index = new Map(xAxis.keys.map((k, i) => [k, i]));
    bandwidth = xAxis.keys.length > 0 ? plot.width / xAxis.keys.length : 0;
    const offset = { start: 0, middle: 0.5, end: 1 };
    x = (value, position = "middle") => {
      const i = index.get(String(value));
      return i === undefined ? undefined : plot.x + (i + offset[position]) * bandwidth;
    };
  }
  const [d0, d1] = yDomain;
  const bottom = plot.y + plot.height;
  let y: ChartLayout["y"];
  if (yScale === "log") {
    const l0 = Math.log10(d0);
    const span = Math.log10(d1) - l0;
    y = (v) => (v > 0 && span > 0 ? bottom - ((Math.log10(v) - l0) / span) * plot.height : undefined);
  } else {
    const span = d1 - d0;
    y = (v) => (span === 0 ? bottom - plot.height / 2 : bottom - ((v - d0) / span) * plot.height);
  }
  return { width, height, plot, x, y, bandwidth };
}

/**
 * Which x-axis labels to show: the first and last always, and in between every label that keeps
 * `gap` pixels from its neighbours (Recharts' "preserveStartEnd"). `centres` are the labels'
 * centres in order, `widths` their widths.
 */
export function deriveVisibleTicks(
  centres: readonly number[],
  widths: readonly number[],
  gap: number,
): number[] {
  const n = centres.length;
  if (n <= 2) return centres.map((_, i) => i);
  const left = (i: number) => (centres[i] ?? 0) - (widths[i] ?? 0) / 2;
  const right = (i: number) => (centres[i] ?? 0) + (widths[i] ?? 0) / 2;
  const kept = [0];
  let end = right(0);
  for (let i = 1; i < n - 1; i++) {
    if (left(i) >= end + gap && right(i) + gap <= left(n - 1)) {
      kept.push(i);
      end = right(i);
    }
  }
  // The last label always shows; the first gives way if the two would overlap.
  if (left(n - 1) < right(0) + gap && kept.length === 1) kept.pop();
  kept.push(n - 1);
  return kept;
}

/** Index of the row nearest to pixel `px` (rows in x order, `xs` their pixel positions), or -1. */
export function nearestIndex(xs: readonly number[], px: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < px) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && px - (xs[lo - 1] ?? 0) <= (xs[lo] ?? 0) - px) return lo - 1;
  return lo;
}

/** Approximate width in px of a label in the chart's 12 px font (digits and letters average ~6.6 px). */
export function labelWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.55;
}
