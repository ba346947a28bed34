// Which colour each category's line (or bar) is drawn in: the first MAX_COLOURS categories of a
// chart in their own colours, the rest muted until their legend key is hovered.
import { categoryColorVar } from "../../../data/categories";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";

/** At most this many categories get their own colour; the rest are grey until hovered. */
export const MAX_COLOURS = 8;

export const MUTED_COLOR = "var(--series-muted)";

/** Whether `c` is drawn muted in a chart of `categories` with `highlighted` hovered. */
export function isMutedLine(
  categories: readonly GeneralStaffCategory[],
  c: GeneralStaffCategory,
  highlighted: GeneralStaffCategory | null,
): boolean {
  return categories.indexOf(c) >= MAX_COLOURS && highlighted !== c;
}

export function lineColor(
  categories: readonly GeneralStaffCategory[],
  c: GeneralStaffCategory,
  highlighted: GeneralStaffCategory | null,
): string {
  return isMutedLine(categories, c, highlighted) ? MUTED_COLOR : categoryColorVar(c);
}
