// The map's CSV: the km² of each legend layer for the area in view, on the slider's day, so a
// download holds exactly the figures the legend shows (layers not yet measured are left out), and
// the box the reader drew, if any, as its link keeps it (?box=, degrees to 4 decimals).
import type { ExportData } from "../../../lib/export/csv";
import type { BBox } from "../../../lib/geometry";
import { totalAsItem, type LegendItem, type MapText } from "./derive-map-text";
import { roundBox } from "../url-state";

export function deriveMapExportData(
  items: readonly LegendItem[],
  context: { source: string; area: string; from: string; day: string; box?: BBox | null },
): ExportData {
  const measured = items.filter((item): item is LegendItem & { km2: number } => item.km2 !== undefined);
  const box: (number | string)[] = context.box ? roundBox(context.box) : ["", "", "", ""];
  return {
    fileStem: `front-line-map-${context.source}-${context.area}`.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    columns: [
      "layer",
      "km2",
      "source",
      "area",
      "range_start",
      "day_shown",
      "your_box_west",
      "your_box_south",
      "your_box_east",
      "your_box_north",
    ],
    rows: measured.map((item) => [
      item.label,
      Math.round(item.km2 * 10) / 10,
      context.source,
      context.area,
      context.from,
      context.day,
      ...box,
    ]),
    range: { from: context.from, to: context.day },
  };
}

/** The map frame's CSV from its wording: the legend's layers, then the window's totals. */
export function mapFrameExport(
  text: Pick<MapText, "legendItems" | "totals" | "exportSource" | "areaName">,
  context: { from: string; day: string; box: BBox | null },
): ExportData {
  return deriveMapExportData([...text.legendItems, ...text.totals.map(totalAsItem)], {
    source: text.exportSource,
    area: text.areaName,
    ...context,
  });
}
