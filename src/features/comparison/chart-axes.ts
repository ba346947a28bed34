// The axes every comparison chart draws: one style, and y ticks on round 1-2-5 steps over the
// values drawn (deriveValueTicks; Recharts' own "auto" ticks gave 0 / 650 / 1,300 and 0.6× / 1.2× / 1.8×).
import type { YTicks } from "../../lib/derive-y-ticks";

export const AXIS_TICK = { fill: "var(--axis)", fontSize: 12 } as const;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;

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
