// The CSV behind each comparison chart: the rows its TimeSeriesChart (or bar chart) draws, one
// column per series, for the range on screen.
import type { CsvCell, ExportData } from "../../../lib/export/csv";
import type { DateRange } from "../../../filters/range";
import type { ChartRow, SeriesSpec } from "./TimeSeriesChart";

/**
 * Dated rows → "date" plus one column per series (labels as in the legend, with the unit), and a
 * last text column of notes by day where given (e.g. the source's changes of method marked).
 */
export function seriesExportData(
  fileStem: string,
  rows: readonly ChartRow[],
  series: readonly Pick<SeriesSpec, "key" | "label">[],
  range: DateRange,
  unit?: string,
  notes?: { label: string; byDate: ReadonlyMap<string, string> },
): ExportData {
  return {
    fileStem,
    columns: [
      "date",
      ...series.map((s) => (unit ? `${s.label} (${unit})` : s.label)),
      ...(notes ? [notes.label] : []),
    ],
    rows: rows.map((r) => [
      r.date,
      ...series.map((s) => cell(r[s.key])),
      ...(notes ? [notes.byDate.get(r.date) ?? null] : []),
    ]),
    range,
  };
}

function cell(value: unknown): CsvCell {
  return typeof value === "number" || typeof value === "string" ? value : null;
}
