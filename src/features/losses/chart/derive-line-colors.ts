// Which colour each category's line (or bar) is drawn in: by its place in its chart, the first six
// in six distinct colour-blind-safe colours (--line-1 … --line-6, styles/colors.css), the rest
// muted until their legend key is hovered. The picker's swatches, the legend, the tooltip rows and
// the correction markers all take their colour from here, so each equals its line.
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { deriveChartGroups } from "./derive-chart-title";

/** At most this many lines of a chart get their own colour; the rest are muted until hovered. */
export const MAX_COLOURS = 6;

export const LINE_COLORS = ["--line-1", "--line-2", "--line-3", "--line-4", "--line-5", "--line-6"].map(
  (name) => `var(${name})`,
);
export const MUTED_COLOR = "var(--series-muted)";
/** A muted line whose legend key is hovered. */
export const HOVER_COLOR = "var(--line-hover)";

/** Whether `c` is drawn muted in a chart of `categories` with `highlighted` hovered. */
export function isMutedLine(
  categories: readonly GeneralStaffCategory[],
  c: GeneralStaffCategory,
  highlighted: GeneralStaffCategory | null,
): boolean {
  return categories.indexOf(c) >= MAX_COLOURS && highlighted !== c;
}

/** The colour `c` has when it is not muted: its place's, or the hover colour past six. */
export function ownColor(categories: readonly GeneralStaffCategory[], c: GeneralStaffCategory): string {
  return LINE_COLORS[categories.indexOf(c)] ?? HOVER_COLOR;
}

export function lineColor(
  categories: readonly GeneralStaffCategory[],
  c: GeneralStaffCategory,
  highlighted: GeneralStaffCategory | null,
): string {
  return isMutedLine(categories, c, highlighted) ? MUTED_COLOR : ownColor(categories, c);
}

/**
 * The colour of each selected category's line as drawn (no hover), in the chart deriveChartGroups
 * puts it in: what the picker's swatch shows. Categories not selected have none.
 */
export function deriveSwatchColors(
  cats: readonly GeneralStaffCategory[],
): Partial<Record<GeneralStaffCategory, string>> {
  const out: Partial<Record<GeneralStaffCategory, string>> = {};
  for (const g of deriveChartGroups(cats))
    for (const c of g.categories) out[c] = lineColor(g.categories, c, null);
  return out;
}
