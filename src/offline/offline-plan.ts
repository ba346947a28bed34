// Which data files a first visit saves for offline use, beyond those the reader's page loaded: every
// file but the map's chunks (the panels below the first screen), and the map's chunks for the views a
// reader opens first. A pure plan; src/offline/save-for-offline.ts hands it to the service worker.
import type { MapChunkRef, MapIndex } from "../data/schemas/map";
import { coreDataFiles } from "../data/saved-copy";
import { RANGE_PRESETS } from "../filters/presets";
import { defaultRange, type DateRange, type RangeContext } from "../filters/range";

/**
 * Most map chunk bytes saved after a first visit (as stored: uncompressed JSON, ~5× their gzip
 * download). With the dataset of Dec 2026 the plan below takes 2.9 MB (15 of 41 chunks).
 */
export const OFFLINE_MAP_BUDGET_BYTES = 4_000_000;

const overlaps = (c: MapChunkRef, r: DateRange) => c.from <= r.to && r.from <= c.to;
const covers = (c: MapChunkRef, day: string) => c.from <= day && day <= c.to;

/**
 * The map's chunks to save, in order, within `budgetBytes`: first every chunk of both sources that
 * the default range touches (the default view's slider then works offline, in every sector preset:
 * a sector is a zoom on the same chunks), newest first; then the chunks each range preset opens on
 * (its first and last day, both sources). A chunk that would pass the budget is left out.
 */
export function offlineMapChunks(
  index: MapIndex,
  ctx: RangeContext,
  budgetBytes = OFFLINE_MAP_BUDGET_BYTES,
): MapChunkRef[] {
  const byNewest = [...index.chunks].sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0));
  const range = defaultRange(ctx);
  const wanted = byNewest.filter((c) => overlaps(c, range));
  for (const preset of RANGE_PRESETS) {
    const r = preset.range(ctx);
    wanted.push(...byNewest.filter((c) => covers(c, r.from) || covers(c, r.to)));
  }
  const out: MapChunkRef[] = [];
  let bytes = 0;
  for (const c of wanted) {
    if (out.includes(c) || bytes + c.bytes > budgetBytes) continue;
    out.push(c);
    bytes += c.bytes;
  }
  return out;
}

/** Paths under data/ to save for offline use: the manifest's core files, then the map's chunks. */
export function offlinePlan(manifest: unknown, index: MapIndex, ctx: RangeContext): string[] {
  return [...coreDataFiles(manifest), ...offlineMapChunks(index, ctx).map((c) => c.file)];
}
