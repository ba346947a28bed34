// The global range's type, apart from range.ts so the URL parse helpers can name it without a cycle.
import type { IsoDate } from "../data/schemas/common";

/** An inclusive range of days: both `from` and `to` count. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}
