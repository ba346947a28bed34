// The weekly chart's bars as SVG paths: within each band (a week), one bar per series side by side,
// from zero up or down to its value. One path per series instead of an element per bar: a year of
// weeks is ~200 bars, which Recharts drew as ~400 elements through a selector each.
import type { ChartLayout } from "../../../lib/derive-chart-layout";

/** Share of a band left empty around its group of bars. */
export const GROUP_GAP = 0.15;

/**
 * `values[s][i]`: series s in band `keys[i]`. Returns one path ("M…h…v…h…Z" rectangles) per series;
 * a zero or missing value draws nothing.
 */
export function deriveGroupedBarPaths(
  values: readonly (readonly number[])[],
  keys: readonly string[],
  layout: Pick<ChartLayout, "x" | "y" | "bandwidth">,
): string[] {
  const series = values.length;
  const inner = layout.bandwidth * (1 - GROUP_GAP);
  const barWidth = series > 0 ? inner / series : 0;
  // A hairline between neighbouring bars, where they are wide enough to spare it.
  const gap = Math.min(2, barWidth * 0.2);
  const zero = layout.y(0);
  const r = (n: number) => Math.round(n * 10) / 10;
  return values.map((row, s) => {
    let path = "";
    if (zero === undefined) return path;
    keys.forEach((key, i) => {
      const v = row[i];
      const start = layout.x(key, "start");
      const y = v ? layout.y(v) : undefined;
      if (start === undefined || y === undefined || y === zero) return;
      const x = start + (layout.bandwidth * GROUP_GAP) / 2 + s * barWidth + gap / 2;
      const top = Math.min(y, zero);
      path += `M${r(x)},${r(top)}h${r(barWidth - gap)}v${r(Math.abs(y - zero))}h${r(gap - barWidth)}Z`;
    });
    return path;
  });
}
