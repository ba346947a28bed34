// The axes every comparison chart draws: one style, and y ticks on round 1-2-5 steps over the
// values drawn (Recharts' own "auto" ticks gave 0 / 650 / 1,300 and 0.6× / 1.2× / 1.8×).
import { deriveYTicks, type YTicks } from "../../lib/derive-y-ticks";

export const AXIS_TICK = { fill: "var(--axis)", fontSize: 12 } as const;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;

export interface ValueTickOptions {
  /** Keep 0 inside the axis (counts from zero, bars up and down). */
  zero?: boolean;
  /** Allow steps below 1 (ratios); counts and km² step by whole numbers. */
  fractional?: boolean;
}

/** Round ticks spanning every finite number among `values` (gaps and labels ignored). */
export function deriveValueTicks(values: Iterable<unknown>, options: ValueTickOptions = {}): YTicks {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return deriveYTicks(min, max, 5, options.zero ?? false, options.fractional ? 0.01 : 1);
}

/** YAxis props for those ticks: every tick drawn (interval 0), labelled by `format`. */
export function yAxisProps(ticks: YTicks, format: (value: number) => string) {
  return {
    domain: ticks.domain,
    ticks: ticks.ticks,
    interval: 0,
    tickFormatter: format,
    tick: AXIS_TICK,
    stroke: "var(--axis)",
    width: 64,
  } as const;
}
