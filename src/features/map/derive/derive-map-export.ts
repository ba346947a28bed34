// The map's CSV: the km² of each legend layer for the area in view, on the slider's day, so a
// download holds exactly the figures the legend shows (layers not yet measured are left out).
import type { ExportData } from "../../../lib/export/csv";
import type { LegendItem } from "./derive-map-text";

export function deriveMapExportData(
  items: readonly LegendItem[],
  context: { source: string; area: string; from: string; day: string },
): ExportData {
  const measured = items.filter((item): item is LegendItem & { km2: number } => item.km2 !== undefined);
  return {
    fileStem: `front-line-map-${context.source}-${context.area}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    columns: ["layer", "km2", "source", "area", "range_start", "day_shown"],
    rows: measured.map((item) => [
      item.label,
      Math.round(item.km2 * 10) / 10,
      context.source,
      context.area,
      context.from,
      context.day,
    ]),
    range: { from: context.from, to: context.day },
  };
}
