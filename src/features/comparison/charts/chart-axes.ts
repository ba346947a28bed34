// The axes every comparison chart draws: one style, one margin, one y-axis width. Y ticks on round
// 1-2-5 steps come from deriveValueTicks, x ticks on calendar boundaries from deriveDateTicks.

import { SERIES_MARGIN, SERIES_X_AXIS_HEIGHT, SERIES_Y_AXIS_WIDTH } from "../../../lib/derive-time-series";

export const AXIS_TICK = { fill: "var(--axis)", fontSize: 12 } as const;
/** The line charts' (lib/derive-time-series.ts), so the bars line up with them. */
export const CHART_MARGIN = SERIES_MARGIN;
export const Y_AXIS_WIDTH = SERIES_Y_AXIS_WIDTH;
export const X_AXIS_HEIGHT = SERIES_X_AXIS_HEIGHT;
