// The place timeline's CSV (and data table): one row per interval per source, as drawn.
import type { ExportData } from "../../lib/export/csv";
import { diffDays } from "../../lib/dates";
import { STATUS_LABEL, type PlaceTimeline } from "./derive-place-timeline";

export function derivePlaceExport(t: PlaceTimeline): ExportData {
  const rows = t.sources.flatMap((s) =>
    s.intervals.map(
      (i) => [s.label, i.from, i.to, diffDays(i.to, i.from) + 1, STATUS_LABEL[i.status]] as const,
    ),
  );
  const froms = t.sources.map((s) => s.from).sort();
  const tos = t.sources.map((s) => s.to).sort();
  return {
    fileStem: `place-${t.entry.id}`,
    columns: ["source", "from", "to", "days", "status"],
    rows,
    range: { from: froms[0]!, to: tos.at(-1)! },
  };
}
