// The keys that move a chart's readout (tooltip) between its rows, for the plain-SVG charts: the
// arrows step one row (from nothing: the first or the last), Home and End jump to the ends.

/** The row index `key` moves the readout to from `activeIndex` (-1: none), or null for other keys. */
export function rowForKey(key: string, activeIndex: number, lastIndex: number): number | null {
  if (lastIndex < 0) return null;
  if (key === "ArrowRight") return activeIndex < 0 ? 0 : Math.min(lastIndex, activeIndex + 1);
  if (key === "ArrowLeft") return activeIndex < 0 ? lastIndex : Math.max(0, activeIndex - 1);
  if (key === "Home") return 0;
  if (key === "End") return lastIndex;
  return null;
}
