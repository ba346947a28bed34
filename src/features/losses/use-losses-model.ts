// What the losses explorer shows for a range and its URL state, derived once per change: the
// categories, the range as the General Staff's series covers it, its days with a statement, the
// series (once per dataset), the range's totals, the rows of the view and the corrections.
import { useMemo } from "react";
import type { GeneralStaff, GeneralStaffCategory } from "../../data/schemas/losses";
import type { DateRange } from "../../filters/range";
import { rangeIndexes } from "../../lib/series-index";
import type { LossesState } from "./losses-url-state";
import { deriveCategorySeries } from "./series/derive-category-series";
import { deriveChartModel } from "./series/derive-chart-rows";
import { deriveCorrectionMarkers } from "./series/derive-correction-markers";
import { deriveRangeTotals } from "./series/derive-range-totals";

export function useLossesModel(gs: GeneralStaff, globalRange: DateRange, state: LossesState) {
  const { view, scale } = state;
  // Keyed on plain strings: the filters object is new after every URL change.
  const { from, to } = globalRange;
  const catsKey = state.cats.join(",");
  const cats = useMemo(() => (catsKey ? (catsKey.split(",") as GeneralStaffCategory[]) : []), [catsKey]);
  // The range as the series covers it (the app's bounds may be wider than this one source).
  const range = useMemo<DateRange>(() => {
    const span = rangeIndexes(gs.dates, { from, to });
    return span ? { from: gs.dates[span.start] ?? from, to: gs.dates[span.end] ?? to } : { from, to };
  }, [gs.dates, from, to]);
  const days = useMemo(() => {
    const span = rangeIndexes(gs.dates, range);
    return span ? span.end - span.start + 1 : 0;
  }, [gs.dates, range]);
  const series = useMemo(() => deriveCategorySeries(gs), [gs]);
  const totals = useMemo(() => deriveRangeTotals(gs, range, cats), [gs, range, cats]);
  const model = useMemo(
    () => deriveChartModel(gs.dates, series, { range, categories: cats, view, scale }),
    [gs.dates, series, range, cats, view, scale],
  );
  const markers = useMemo(() => deriveCorrectionMarkers(gs, series, range, cats), [gs, series, range, cats]);
  return { cats, range, days, series, totals, model, markers };
}
