// Where the General Staff revised its own totals: entries of its corrections list, plus any
// negative daily change the list does not explain. Both are shown on the chart and listed.
import type { IsoDate } from "../../data/schemas/common";
import type { Correction, GeneralStaffCategory } from "../../data/schemas/losses";
import type { DateRange } from "../../filters/range";
import type { SeriesByCategory } from "./derive-category-series";
import { indexOfDay, rangeIndexes } from "../../lib/series-index";

export interface CorrectionMarker {
  date: IsoDate;
  category: GeneralStaffCategory;
  /** Revision listed by the General Staff; null when the day is only a negative daily change. */
  delta: number | null;
  /** Losses per day on that date as the series shows them (negative after a downward revision). */
  dailyChange: number | null;
  /** The cumulative total that day, where a marker sits on the cumulative view. */
  cumulative: number | null;
}

export function deriveCorrectionMarkers(
  dates: readonly IsoDate[],
  series: SeriesByCategory,
  corrections: readonly Correction[],
  range: DateRange,
  categories: readonly GeneralStaffCategory[],
): CorrectionMarker[] {
  const span = rangeIndexes(dates, range);
  if (span === null) return [];
  const wanted = new Set(categories);
  const first = dates[span.start] as IsoDate;
  const last = dates[span.end] as IsoDate;
  const markers = new Map<string, CorrectionMarker>();
  const at = (category: GeneralStaffCategory, i: number, delta: number | null): CorrectionMarker => ({
    date: dates[i] as IsoDate,
    category,
    delta,
    dailyChange: series[category].daily[i] ?? null,
    cumulative: series[category].cumulative[i] ?? null,
  });
  for (const c of corrections) {
    if (c.delta === 0 || !wanted.has(c.category) || c.date < first || c.date > last) continue;
    const i = indexOfDay(dates, c.date);
    markers.set(`${c.date}|${c.category}`, at(c.category, i, c.delta));
  }
  for (const category of categories) {
    const daily = series[category].daily;
    for (let i = span.start; i <= span.end; i++) {
      if ((daily[i] ?? 0) >= 0) continue;
      const key = `${dates[i]}|${category}`;
      if (!markers.has(key)) markers.set(key, at(category, i, null));
    }
  }
  return [...markers.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || categories.indexOf(a.category) - categories.indexOf(b.category),
  );
}
