// What the dashboard shows when the URL says nothing. Defaults are left out of links (see
// serializeFilters), so a link only carries what the reader changed.
import type { IsoDate } from "../data/schemas/common";
import type { GeneralStaffCategory } from "../data/schemas/losses";
import { addDays, maxDate, subtractYears } from "../lib/dates";
import type { DateRange, Filters, LossesView, Scale } from "./filters";

/** Canonical order of categories in `cats` = the schema's order (personnel first). */
export const DEFAULT_CATS: readonly GeneralStaffCategory[] = ["personnel", "tank"];
export const DEFAULT_VIEW: LossesView = "cumulative";
export const DEFAULT_SCALE: Scale = "linear";
export const DEFAULT_EVENTS = true;

/** The last 12 months of data: the year ending on the data's last day, both ends included. */
export function lastYearEnding(to: IsoDate, bounds: DateRange): DateRange {
  return { from: maxDate(addDays(subtractYears(to, 1), 1), bounds.from), to };
}

export function defaultRange(bounds: DateRange): DateRange {
  return lastYearEnding(bounds.to, bounds);
}

export function defaultFilters(bounds: DateRange): Filters {
  return {
    range: defaultRange(bounds),
    cats: [...DEFAULT_CATS],
    view: DEFAULT_VIEW,
    scale: DEFAULT_SCALE,
    events: DEFAULT_EVENTS,
  };
}
