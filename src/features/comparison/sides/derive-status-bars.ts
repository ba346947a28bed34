// Layout of the "by status" bars: one horizontal bar per side, its confirmed losses stacked by
// status from zero, on a value axis of round 1-2-5 ticks. Pure: the chart only draws it.
import { deriveValueTicks } from "../../../lib/derive-y-ticks";

export interface StatusBarsMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface StatusSegment<S extends string> {
  status: S;
  value: number;
  x: number;
  width: number;
}

export interface StatusBarsLayout<S extends string> {
  plot: { x: number; y: number; width: number; height: number };
  /** Value ticks and their x. */
  ticks: { value: number; x: number }[];
  bars: { label: string; y: number; height: number; segments: StatusSegment<S>[] }[];
}

/**
 * Bars for `rows` (a label and a count per status) `width` px wide, `rowHeight` px a row, each
 * bar `barShare` of its row; segments in `statuses` order, empty ones left out.
 */
export function deriveStatusBars<S extends string>(
  rows: readonly ({ label: string } & Record<S, number>)[],
  statuses: readonly S[],
  width: number,
  options: { rowHeight: number; margin: StatusBarsMargin; barShare?: number },
): StatusBarsLayout<S> {
  const { rowHeight, margin, barShare = 0.8 } = options;
  const totals = rows.map((r) => statuses.reduce((sum, s) => sum + r[s], 0));
  const { domain, ticks } = deriveValueTicks(totals, { zero: true });
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(1, width - margin.left - margin.right),
    height: rows.length * rowHeight,
  };
  const span = domain[1] - domain[0] || 1;
  const xOf = (v: number) => plot.x + ((v - domain[0]) / span) * plot.width;
  const barHeight = rowHeight * barShare;
  return {
    plot,
    ticks: ticks.map((value) => ({ value, x: xOf(value) })),
    bars: rows.map((row, i) => {
      let sum = 0;
      const segments: StatusSegment<S>[] = [];
      for (const status of statuses) {
        const value = row[status];
        if (value > 0) segments.push({ status, value, x: xOf(sum), width: xOf(sum + value) - xOf(sum) });
        sum += value;
      }
      return {
        label: row.label,
        y: plot.y + i * rowHeight + (rowHeight - barHeight) / 2,
        height: barHeight,
        segments,
      };
    }),
  };
}
