// The date-range presets of the global control. Relative presets count back from the anchor, the
// last day of the headline series (see range.ts), not from today: the dataset is a snapshot.
// Both ends are included.
import type { IsoDate } from "../data/schemas/common";
import { addDays, clampDate, maxDate } from "../lib/dates";
import { lastYearEnding, type DateRange, type RangeContext } from "./range";

export interface RangePreset {
  id: string;
  label: string;
  range: (ctx: RangeContext) => DateRange;
}

function lastDays(days: number) {
  return ({ bounds, anchor }: RangeContext): DateRange => ({
    from: maxDate(addDays(anchor, -(days - 1)), bounds.from),
    to: anchor,
  });
}

/** A fixed historical window, clamped to the data. */
function fixed(from: string, to: string) {
  return ({ bounds }: RangeContext): DateRange => ({
    from: clampDate(from as IsoDate, bounds),
    to: clampDate(to as IsoDate, bounds),
  });
}

export const RANGE_PRESETS: readonly RangePreset[] = [
  { id: "7d", label: "Last 7 days", range: lastDays(7) },
  { id: "30d", label: "30 days", range: lastDays(30) },
  { id: "90d", label: "90 days", range: lastDays(90) },
  { id: "1y", label: "1 year", range: ({ bounds, anchor }) => lastYearEnding(anchor, bounds) },
  { id: "all", label: "All", range: ({ bounds }) => ({ ...bounds }) },
  // Ukraine's southern counteroffensive, from its first large assaults to the onset of winter.
  { id: "counteroffensive-2023", label: "2023 counteroffensive", range: fixed("2023-06-04", "2023-11-30") },
];

/** The preset whose range equals `range`, if any (to highlight it in the control). */
export function matchingPreset(range: DateRange, ctx: RangeContext): RangePreset | undefined {
  return RANGE_PRESETS.find((p) => {
    const r = p.range(ctx);
    return r.from === range.from && r.to === range.to;
  });
}
