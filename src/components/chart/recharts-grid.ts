// Grid props for the Recharts charts. CartesianGrid works out the lines of both directions even
// when one is switched off, and for that hidden one it measures every tick label through the DOM
// (tens of ms a redraw across the page): a generator that returns no lines skips that work.
const NO_LINES = (): number[] => [];

/** Horizontal lines at the y ticks only (the sector weekly bars). */
export const HORIZONTAL_GRID = {
  stroke: "var(--grid)",
  vertical: false,
  verticalCoordinatesGenerator: NO_LINES,
} as const;
