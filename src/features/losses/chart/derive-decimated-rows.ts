// Fewer points for long daily ranges: a 1,100-pixel-wide plot cannot show 1,600 days apart, and
// Recharts' cost grows with the points it lays out. Each bucket keeps real rows (never averages),
// namely the highest and lowest day of every category, so peaks, dips and negative corrections
// stay visible; rows that carry an event or a correction marker are always kept.
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { ChartRow } from "../series/derive-chart-rows";

/** Budget of drawn points per category before decimation starts. */
export const POINTS_PER_CATEGORY = 600;

export function deriveDecimatedRows(
  rows: readonly ChartRow[],
  categories: readonly GeneralStaffCategory[],
  keep: ReadonlySet<string>,
  budget = POINTS_PER_CATEGORY,
): readonly ChartRow[] {
  if (rows.length <= budget || categories.length === 0) return rows;
  // Two kept rows (min and max) per category per bucket.
  const buckets = Math.max(50, Math.floor(budget / 2));
  const size = rows.length / buckets;
  const kept = new Set<number>([0, rows.length - 1]);
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(rows.length, Math.floor((b + 1) * size));
    for (const c of categories) {
      let lo = -1;
      let hi = -1;
      for (let i = start; i < end; i++) {
        const v = rows[i]?.plotted[c];
        if (v == null) continue;
        if (lo < 0 || v < (rows[lo]?.plotted[c] ?? Infinity)) lo = i;
        if (hi < 0 || v > (rows[hi]?.plotted[c] ?? -Infinity)) hi = i;
      }
      if (lo >= 0) kept.add(lo);
      if (hi >= 0) kept.add(hi);
    }
  }
  rows.forEach((row, i) => {
    // Gaps stay gaps: keep the rows around a missing value so the line breaks there.
    if (keep.has(row.key) || categories.some((c) => row.plotted[c] == null)) kept.add(i);
  });
  return [...kept].sort((a, b) => a - b).map((i) => rows[i] as ChartRow);
}
