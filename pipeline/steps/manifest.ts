// public/data/manifest.json, derived by the driver from the final folder contents (not from one run's
// outputs), so `--only` rebuilds and files of other steps (territory, map) are always listed.
import { readFileSync } from "node:fs";
import { manifestFileSchema, type FetchSummary, type ManifestFile } from "../../src/data/schemas/manifest";
import { SCHEMA_VERSION, sourceSchema, type Source } from "../../src/data/schemas/common";
import { RawDataError } from "../types";

/** Files the manifest does not list: itself and the hand-written contract. */
export const NOT_IN_MANIFEST = new Set(["manifest.json", "README.md"]);

/** Files whose sources are not time series: their dates (the gazetteer snapshot's date, the span of
 *  the curated events) do not widen the global date range, which is that of the data series. */
const NOT_SERIES_FILES = new Set([
  "places.json",
  "events.json",
  "claims.json",
  "method-changes.json",
  "basemap.json",
  // Its territory sources are dated by territory.json; its gazetteer is not a series.
  "place-history.json",
]);

/**
 * @param dir the folder about to become public/data
 * @param files paths relative to `dir`, sorted
 * @param fetch the raw folder's fetch provenance (pipeline/fetch/manifest.ts), when it has one
 */
export function deriveManifest(dir: string, files: string[], fetch?: FetchSummary): ManifestFile {
  const listed: ManifestFile["files"] = [];
  const sources = new Map<string, Source>();
  const dated = new Set<string>();
  for (const path of files) {
    if (NOT_IN_MANIFEST.has(path)) continue;
    const bytes = readFileSync(`${dir}/${path}`);
    listed.push({ path, bytes: bytes.length });
    if (!path.endsWith(".json")) continue;
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      throw new RawDataError(path, `not valid JSON (${(error as Error).message})`);
    }
    const raw = (data as { sources?: unknown } | null)?.sources;
    if (!Array.isArray(raw)) continue;
    for (const item of raw) {
      const source = sourceSchema.safeParse(item);
      if (!source.success)
        throw new RawDataError(path, `invalid source entry: ${source.error.issues[0]?.message}`);
      const prev = sources.get(source.data.id);
      // The same source can feed several files with different spans (e.g. DeepState map vs areas):
      // keep the widest span.
      sources.set(source.data.id, prev ? widen(prev, source.data) : source.data);
      if (!NOT_SERIES_FILES.has(path)) dated.add(source.data.id);
    }
  }
  const all = [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
  const series = all.filter((s) => dated.has(s.id));
  const firsts = series.map((s) => s.firstDate).sort();
  const lasts = series.map((s) => s.lastDate).sort();
  const from = firsts[0];
  const to = lasts[lasts.length - 1];
  if (!from || !to) throw new RawDataError("manifest.json", "no dated source in any data file");
  return manifestFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: all,
    bounds: { from, to },
    files: listed,
    ...(fetch ? { fetch } : {}),
  });
}

function widen(a: Source, b: Source): Source {
  return {
    ...a,
    firstDate: a.firstDate < b.firstDate ? a.firstDate : b.firstDate,
    lastDate: a.lastDate > b.lastDate ? a.lastDate : b.lastDate,
  };
}
