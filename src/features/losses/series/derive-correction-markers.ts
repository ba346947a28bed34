// Where the General Staff revised its own totals. The pipeline already matched every fall of a total
// to its corrections list (±1 day, written into losses.json as `negativeChanges`); this only picks
// the ones in range, plus listed corrections that match no fall (e.g. an upward revision).
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import type { SeriesByCategory } from "./derive-category-series";
import { indexOfDay, rangeIndexes } from "../../../lib/series-index";

export interface CorrectionMarker {
  date: IsoDate;
  category: GeneralStaffCategory;
  /** Revision listed by the General Staff; null when the day is an unlisted fall of the total. */
  delta: number | null;
  /** The date the corrections list gives (can be a day off the fall); null when unlisted. */
  listedOn: IsoDate | null;
  /** Losses per day on that date as the series shows them (negative after a downward revision). */
  dailyChange: number | null;
  /** The cumulative total that day, where a marker sits on the cumulative view. */
  cumulative: number | null;
}

export function deriveCorrectionMarkers(
  gs: Pick<GeneralStaff, "dates" | "corrections" | "negativeChanges">,
  series: SeriesByCategory,
  range: DateRange,
  categories: readonly GeneralStaffCategory[],
): CorrectionMarker[] {
  const { dates } = gs;
  const span = rangeIndexes(dates, range);
  if (span === null) return [];
  const wanted = new Set(categories);
  const first = dates[span.start] as IsoDate;
  const last = dates[span.end] as IsoDate;
  const inRange = (date: IsoDate, category: GeneralStaffCategory) =>
    wanted.has(category) && date >= first && date <= last;
  const markers = new Map<string, CorrectionMarker>();
  const at = (
    date: IsoDate,
    category: GeneralStaffCategory,
    delta: number | null,
    listedOn: IsoDate | null,
  ): CorrectionMarker => {
    const i = indexOfDay(dates, date);
    return {
      date,
      category,
      delta,
      listedOn,
      dailyChange: series[category].daily[i] ?? null,
      cumulative: series[category].cumulative[i] ?? null,
    };
  };
  const matched = new Set<string>();
  for (const n of gs.negativeChanges) {
    if (n.correction) matched.add(`${n.correction.date}|${n.category}`);
    if (!inRange(n.date, n.category)) continue;
    markers.set(
      `${n.date}|${n.category}`,
      at(n.date, n.category, n.correction?.delta ?? null, n.correction?.date ?? null),
    );
  }
  for (const c of gs.corrections) {
    const key = `${c.date}|${c.category}`;
    if (c.delta === 0 || matched.has(key) || markers.has(key) || !inRange(c.date, c.category)) continue;
    markers.set(key, at(c.date, c.category, c.delta, c.date));
  }
  return [...markers.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || categories.indexOf(a.category) - categories.indexOf(b.category),
  );
}
