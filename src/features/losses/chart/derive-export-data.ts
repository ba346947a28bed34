// The CSV behind a losses chart: one row per drawn row (day, week or month) of the chart model,
// one column per category in the chart, values as the view defines them (before the log scale
// turns values ≤ 0 into gaps, and before decimation thins long daily ranges: every day is listed).
import type { ExportData } from "../../../lib/export/csv";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { CATEGORY_LABELS } from "../../../data/categories";
import type { ChartModel } from "../series/derive-chart-rows";
import type { LossesView } from "../losses-url-state";
import { viewUnit } from "../series/format-losses";

const VIEW_STEMS: Record<LossesView, string> = {
  cumulative: "",
  daily: "per-day",
  avg7: "per-day-7-day-average",
  weekly: "per-week",
  monthly: "per-month",
};

/** "tank-losses-general-staff", "personnel-tank-losses-per-week-general-staff", "equipment-…" past 3. */
export function lossesFileStem(
  categories: readonly GeneralStaffCategory[],
  view: LossesView,
  group?: string,
) {
  const what = categories.length > 3 ? (group ?? "equipment") : categories.join("-");
  return [what, "losses", VIEW_STEMS[view], "general-staff"].filter(Boolean).join("-");
}

export function deriveLossesExportData(
  model: ChartModel,
  categories: readonly GeneralStaffCategory[],
  view: LossesView,
  group?: string,
): ExportData {
  const buckets = model.unit !== "day";
  const unit = viewUnit(view);
  const columns = [
    ...(buckets ? ["period start", "period end", "partial period"] : ["date"]),
    ...categories.map((c) => `${CATEGORY_LABELS[c]} (${unit})`),
  ];
  const rows = model.rows.map((row) => [
    ...(buckets ? [row.start, row.end, row.partial ? "yes" : "no"] : [row.key]),
    ...categories.map((c) => row.values[c] ?? null),
  ]);
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  return {
    fileStem: lossesFileStem(categories, view, group),
    columns,
    rows,
    range: first && last ? { from: first.start, to: last.end } : undefined,
  };
}
