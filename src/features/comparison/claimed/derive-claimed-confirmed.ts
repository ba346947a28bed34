// Claimed (General Staff) vs confirmed (Oryx) for one comparable pair of the mapping, on the days
// both sources have a value: Oryx's snapshot days inside the range. Nothing is interpolated.
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaff } from "../../../data/schemas/losses";
import type { CategoryMapping, OryxFile } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { dayNumber } from "../../../lib/series-index";

/**
 * Oryx snapshots further apart than this many days are not joined by a line: the chart breaks and
 * marks the stretch (the scrape has gaps of up to weeks, and a straight line across one would draw
 * counts nobody published).
 */
export const ORYX_MAX_GAP_DAYS = 7;

/** The rolling ratio compares changes over at least this many days... */
export const ROLLING_DAYS = 30;
/** ...and at most this many more, when Oryx has no snapshot exactly 30 days earlier. */
export const ROLLING_SLACK_DAYS = 7;

export interface ClaimedConfirmedRow {
  date: IsoDate;
  claimed: number;
  confirmed: number;
  /** claimed ÷ confirmed; null when nothing was confirmed (no division by zero). */
  ratio: number | null;
  /** Changes over the rolling window ending on `date` (both sources over the same days), if any. */
  rolling: { from: IsoDate; claimed: number; confirmed: number; ratio: number | null } | null;
}

export const ratioOf = (claimed: number, confirmed: number): number | null =>
  confirmed === 0 ? null : claimed / confirmed;

/** Rows on Oryx's snapshot days in `range` where both sources report the pair. */
export function deriveClaimedConfirmed(
  gs: GeneralStaff,
  oryx: OryxFile,
  pair: CategoryMapping,
  range: DateRange,
): ClaimedConfirmedRow[] {
  // Read by index rather than through lookup.ts (generalStaffAt / oryxAt): this runs on every range
  // change, and the lookups search and word a reason for every day that has no value.
  const claimedSeries = gs.cumulative[pair.generalStaff];
  const confirmedSeries = pair.oryx.map((type) => oryx.countries.russia?.[type]?.total);
  const gsFirst = gs.dates[0];
  if (!claimedSeries || gsFirst === undefined) return [];
  const gsStart = dayNumber(gsFirst);
  const days = oryx.dates.map(dayNumber);
  const both = (i: number) => {
    const claimed = claimedSeries[days[i]! - gsStart];
    if (claimed == null) return null;
    let confirmed = 0;
    for (const series of confirmedSeries) {
      const v = series?.[i];
      // A rejected (null) row of any listed type makes the whole sum unknown.
      if (v == null) return null;
      confirmed += v;
    }
    return { claimed, confirmed };
  };
  const rows: ClaimedConfirmedRow[] = [];
  for (let i = 0; i < oryx.dates.length; i++) {
    const date = oryx.dates[i]!;
    if (date < range.from || date > range.to) continue;
    const now = both(i);
    if (!now) continue;
    // The latest snapshot at least ROLLING_DAYS before, if it is not much older than that.
    let rolling: ClaimedConfirmedRow["rolling"] = null;
    for (let j = i - 1; j >= 0; j--) {
      const gap = days[i]! - days[j]!;
      if (gap < ROLLING_DAYS) continue;
      if (gap <= ROLLING_DAYS + ROLLING_SLACK_DAYS) {
        const then = both(j);
        if (then) {
          const claimed = now.claimed - then.claimed;
          const confirmed = now.confirmed - then.confirmed;
          rolling = { from: oryx.dates[j]!, claimed, confirmed, ratio: ratioOf(claimed, confirmed) };
        }
      }
      break;
    }
    rows.push({ date, ...now, ratio: ratioOf(now.claimed, now.confirmed), rolling });
  }
  return rows;
}

/**
 * The start of Oryx's "still being documented" stretch: the last `weeks` weeks before its last
 * snapshot, where losses are still being added as evidence surfaces.
 */
export function documentingFrom(oryxDates: readonly IsoDate[], weeks: number): IsoDate | null {
  const last = oryxDates.at(-1);
  if (!last) return null;
  const from = new Date((dayNumber(last) - weeks * 7) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
  return from;
}
