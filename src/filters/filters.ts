// The filter state shared by every panel. Its one home is the URL (see parse-filters.ts);
// components read it through useFilters() and change it through its update function.
import type { IsoDate } from "../data/schemas/common";
import type { GeneralStaffCategory } from "../data/schemas/losses";

export const LOSSES_VIEWS = ["cumulative", "daily", "avg7", "weekly", "monthly"] as const;
export type LossesView = (typeof LOSSES_VIEWS)[number];

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

/** An inclusive range of days: both `from` and `to` count. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface Filters {
  /** Global date range (?from=&to=), always inside the data's bounds. */
  range: DateRange;
  /** Categories shown in the losses chart (?cats=tank,personnel). */
  cats: GeneralStaffCategory[];
  /** Losses chart view mode (?view=). */
  view: LossesView;
  /** Losses chart y scale (?scale=). */
  scale: Scale;
  /** Whether event annotations are drawn on time axes (?events=0 hides them). */
  events: boolean;
}
