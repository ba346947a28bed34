// The axes every comparison chart draws: one style, one margin, one y-axis width. Y ticks on round
// 1-2-5 steps come from deriveValueTicks, x ticks on calendar boundaries from deriveDateTicks.

export const AXIS_TICK = { fill: "var(--axis)", fontSize: 12 } as const;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 64;
/** Room under the plot for the x tick marks and labels. */
export const X_AXIS_HEIGHT = 30;
