// What the map says offline when a day it needs was not saved: which days are missing, and which
// days it can show (the saved chunks, per source, joined where they follow one another).
import type { IsoDate } from "../../../data/schemas/common";
import type { MapChunkRef, MapIndex, MapSource } from "../../../data/schemas/map";
import { addDays } from "../../../lib/dates";
import { formatDateRange } from "../../../lib/format";
import { MAP_SOURCES, SOURCE_LABELS } from "../sources";

export interface OfflineMapGap {
  /** "1 Jul – 30 Sept 2024 (DeepState)": the days the map needs and does not have, per source. */
  missing: string[];
  /** "DeepState: 1 Apr – 30 Jun 2023, 4 Aug 2025 – 22 Aug 2026", one per source with saved days. */
  saved: string[];
}

/** The runs of consecutive days `refs` cover (sorted by day; a run breaks where a day is missing). */
function runs(refs: readonly MapChunkRef[]): { from: IsoDate; to: IsoDate }[] {
  const out: { from: IsoDate; to: IsoDate }[] = [];
  for (const c of [...refs].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const last = out.at(-1);
    if (last && addDays(last.to, 1) >= c.from) last.to = c.to > last.to ? c.to : last.to;
    else out.push({ from: c.from, to: c.to });
  }
  return out;
}

/**
 * `missingFiles`: the chunks the map asked for and could not load offline; `savedFiles`: the data
 * files with an offline copy (paths under data/, as listed in the index).
 */
export function describeOfflineMapGap(
  index: MapIndex,
  missingFiles: readonly string[],
  savedFiles: readonly string[],
): OfflineMapGap {
  const saved = new Set(savedFiles);
  const spans = (source: MapSource, keep: (file: string) => boolean) =>
    runs(index.chunks.filter((c) => c.source === source && keep(c.file))).map((r) => formatDateRange(r));
  return {
    missing: MAP_SOURCES.flatMap((source) => {
      const days = spans(source, (f) => missingFiles.includes(f));
      return days.length ? [`${days.join(", ")} (${SOURCE_LABELS[source]})`] : [];
    }),
    saved: MAP_SOURCES.flatMap((source) => {
      const days = spans(source, (f) => saved.has(f));
      return days.length ? [`${SOURCE_LABELS[source]}: ${days.join(", ")}`] : [];
    }),
  };
}
