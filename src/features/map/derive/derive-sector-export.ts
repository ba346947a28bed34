// The CSVs behind the map's sector charts: exactly the rows each chart draws for the range, with
// the area in the file name ("russian-held-area-bakhmut-deepstate-nzz_2023-06-04_2023-11-30.csv").
import type { ExportData } from "../../../lib/export/csv";
import type { DateRange } from "../../../filters/range";
import type { OccupiedRow, WeekRow } from "./derive-sector-series";
import type { MapView } from "../url-state";

const areaSlug = (view: MapView) => (view === "all" ? "all-ukraine" : view);

/** km² to the data's own precision (0.1 km²): sums of a week's days would show float noise. */
const km2 = (v: number | null) => (v === null ? null : Math.round(Math.abs(v) * 10) / 10);

/** Russian-held km² per day, one column per source. */
export function deriveSectorOccupiedExport(
  rows: readonly OccupiedRow[],
  view: MapView,
  range: DateRange,
): ExportData {
  return {
    fileStem: `russian-held-area-${areaSlug(view)}-deepstate-nzz`,
    columns: ["date", "DeepState (km²)", "NZZ / liveuamap (km²)"],
    rows: rows.map((r) => [r.date, km2(r.deepstate), km2(r.nzz)]),
    range,
  };
}

/** km² each side took per Monday-to-Sunday week (cut by the range) and source; Ukraine's bars point down on screen, its km² are positive here. */
export function deriveSectorWeeklyExport(
  weeks: readonly WeekRow[],
  view: MapView,
  range: DateRange,
): ExportData {
  return {
    fileStem: `km2-taken-per-week-${areaSlug(view)}-deepstate-nzz`,
    columns: [
      "week from",
      "week to",
      "days",
      "Russia took, DeepState (km²)",
      "Ukraine took, DeepState (km²)",
      "Russia took, NZZ (km²)",
      "Ukraine took, NZZ (km²)",
    ],
    rows: weeks.map((w) => [
      w.week,
      w.to,
      w.days,
      km2(w.deepstateRu),
      km2(w.deepstateUkr),
      km2(w.nzzRu),
      km2(w.nzzUkr),
    ]),
    range,
  };
}
