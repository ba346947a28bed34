// Turns one raw snapshot file of each territory source into polygon lists (unclipped, unioned later).
import { basename } from "node:path";
import type { Polygon, RawGeometry } from "../geo/polygons";
import { InvalidRingError, polygonsOf } from "../geo/polygons";
import { RawDataError } from "../types";
import { classifyDeepStateFeature, isCrimeaFeature, isOccupied } from "./territory-classify";
import { readGzipJson } from "./territory-read";

export type TerritoryTrack = "deepstate-history" | "deepstate-occupied" | "nzz";

export interface SnapshotPolygons {
  /** Everything Russian-held in the file (before any clipping or union). */
  occupied: Polygon[];
  /** DeepState history only: the layer held before 2022 (Crimea, parts of Donetsk/Luhansk). */
  before2022: Polygon[] | null;
  /**
   * DeepState history only: its "liberated" (retaken by Ukraine) and "status unknown / contested"
   * layers, read for place-history.json alone (never part of the held area); null for the others.
   */
  liberated: Polygon[] | null;
  contested: Polygon[] | null;
  /** Features whose fill and name matched no layer, by `fill | name` (reported, not used). */
  unclassified: string[];
}

interface RawFeature {
  properties?: Record<string, unknown> | null;
  geometry?: RawGeometry | null;
}

/** polygonsOf, with a ring it cannot repair reported against the snapshot file. */
function polygonsIn(geometry: RawGeometry | null | undefined, file: string): Polygon[] {
  try {
    return polygonsOf(geometry);
  } catch (error) {
    if (error instanceof InvalidRingError) throw new RawDataError(file, error.message);
    throw error;
  }
}

function featuresOf(json: unknown, file: string): RawFeature[] {
  const fc = json as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== "FeatureCollection" || !Array.isArray(fc.features))
    throw new RawDataError(file, "expected a GeoJSON FeatureCollection with a features array");
  return fc.features as RawFeature[];
}

export function parseDeepStateHistory(json: unknown, file: string): SnapshotPolygons {
  const occupied: Polygon[] = [];
  const before2022: Polygon[] = [];
  const liberated: Polygon[] = [];
  const contested: Polygon[] = [];
  const unclassified: string[] = [];
  for (const f of featuresOf(json, file)) {
    const layer = classifyDeepStateFeature(f.properties?.fill, f.properties?.name);
    if (layer === "other") {
      unclassified.push(`${String(f.properties?.fill)} | ${String(f.properties?.name)}`);
      continue;
    }
    const polygons = polygonsIn(f.geometry, file);
    if (isOccupied(layer)) occupied.push(...polygons);
    if (layer === "occupiedBefore2022") before2022.push(...polygons);
    if (layer === "liberated") liberated.push(...polygons);
    if (layer === "unknown") contested.push(...polygons);
  }
  return { occupied, before2022, liberated, contested, unclassified };
}

export function parseDeepStateOccupied(json: unknown, file: string): SnapshotPolygons {
  const occupied = featuresOf(json, file).flatMap((f) => polygonsIn(f.geometry, file));
  return { occupied, before2022: null, liberated: null, contested: null, unclassified: [] };
}

/** NZZ: held on this date = `nochange` ∪ `gains`; `losses` is what Russia no longer holds. */
export function parseNzz(json: unknown, file: string): SnapshotPolygons {
  const value = (json as { value?: unknown } | null)?.value;
  if (value === undefined) throw new RawDataError(file, "expected {value: FeatureCollection}");
  const occupied: Polygon[] = [];
  const unclassified: string[] = [];
  for (const f of featuresOf(value, file)) {
    const type = f.properties?.type;
    if (type === "nochange" || type === "gains") occupied.push(...polygonsIn(f.geometry, file));
    // NZZ's `losses` (and its gains) are cumulative over a window that often spans several files,
    // so the day's changes are measured from the geometry instead.
    else if (type !== "losses") unclassified.push(`type ${String(type)}`);
  }
  return { occupied, before2022: null, liberated: null, contested: null, unclassified };
}

export function readSnapshotPolygons(track: TerritoryTrack, file: string): SnapshotPolygons {
  const json = readGzipJson(file);
  const polygons =
    track === "deepstate-history"
      ? parseDeepStateHistory(json, file)
      : track === "deepstate-occupied"
        ? parseDeepStateOccupied(json, file)
        : parseNzz(json, file);
  // Every real snapshot of both sources draws some occupied area; one that draws none is a broken
  // upload, and publishing it would show a day on which Russia held nothing.
  if (polygons.occupied.length === 0)
    throw new RawDataError(
      file,
      `${basename(file).slice(0, 10)}: no occupied area in the snapshot (a day with no features is a broken file)`,
    );
  return polygons;
}

/** Crimea (and Tuzla) as DeepState draws it in a history snapshot, to add to NZZ, which omits it. */
export function readCrimeaPolygons(file: string): Polygon[] {
  const features = featuresOf(readGzipJson(file), file);
  const crimea = features.filter(
    (f) =>
      classifyDeepStateFeature(f.properties?.fill, f.properties?.name) === "occupiedBefore2022" &&
      isCrimeaFeature(f.properties?.name),
  );
  if (crimea.length === 0) throw new RawDataError(file, "no Crimea feature found to complete NZZ's area");
  return crimea.flatMap((f) => polygonsIn(f.geometry, file));
}
