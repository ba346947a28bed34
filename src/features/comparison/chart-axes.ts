// The axes every comparison chart draws: one style, and y ticks on round 1-2-5 steps over the
// values drawn (deriveValueTicks; Recharts' own "auto" ticks gave 0 / 650 / 1,300 and 0.6× / 1.2× / 1.8×).
import type { IsoDate } from "../../data/schemas/common";
import { deriveAxisTicks } from "../../lib/derive-axis-ticks";
import type { YTicks } from "../../lib/derive-y-ticks";

export const AXIS_TICK = { fill: "var(--axis)", fontSize: 12 } as const;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;

/** Room one date label needs on the x axis ("30 Sept 2023" at 12 px, and a gap), px. */
const DATE_LABEL_ROOM = 84;
export const Y_AXIS_WIDTH = 64;

/**
 * The x ticks of a chart `width` px wide over `days`: as many as fit, on calendar boundaries
 * (deriveAxisTicks). Given to the axis with interval 0, so Recharts measures no label.
 */
export function dateTicks(days: readonly IsoDate[], width: number): IsoDate[] {
  const room = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  return deriveAxisTicks(days, Math.max(2, Math.floor(room / DATE_LABEL_ROOM)));
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
    width: Y_AXIS_WIDTH,
  } as const;
}
