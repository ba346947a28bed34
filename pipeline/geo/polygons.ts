// Polygon types, boxes, GeoJSON in and out, and boolean operations on lon/lat coordinates
// (GeoJSON-like arrays; the operations run on Clipper2, see clipper.ts): the one home of the
// pipeline's polygon helpers. Raw GeoJSON geometries of any polygonal kind are flattened to a list of
// polygons first.
import { booleanOp } from "./clipper";

import type { MultiPolygon, Polygon, Position, Ring } from "../../src/lib/geometry";

// The coordinate types and the box helpers are shared with the map (src/lib/geometry.ts).
export type { BBox, MultiPolygon, Polygon, Position, Ring } from "../../src/lib/geometry";
export { bboxOf, boxPolygon } from "../../src/lib/geometry";

/** The GeoJSON geometry kinds the raw files contain (others are ignored by the readers). */
export type RawGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "GeometryCollection"; geometries: RawGeometry[] }
  | { type: string; coordinates?: unknown; geometries?: unknown };

/** Thrown for a ring that cannot be repaired; readers rethrow it as a RawDataError naming the file. */
export class InvalidRingError extends Error {}

/** A position that is not a finite lon/lat would poison every union and area downstream: reject. */
function toRing(raw: unknown[]): Ring {
  return raw.map((p, i) => {
    // A plain [lon, lat] pair of numbers in range is kept as parsed (no copy per vertex).
    if (Array.isArray(p) && p.length === 2) {
      const [x, y] = p as [unknown, unknown];
      if (typeof x === "number" && typeof y === "number" && Math.abs(x) <= 180 && Math.abs(y) <= 90)
        return p as Position;
    }
    const [lon, lat] = Array.isArray(p) ? p.map(Number) : [NaN, NaN];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90)
      throw new InvalidRingError(
        `invalid ring: position ${i} is not a lon/lat pair (got ${JSON.stringify(p)?.slice(0, 60)})`,
      );
    return [lon, lat] as Position;
  });
}

/**
 * All polygons of a Polygon, MultiPolygon or GeometryCollection (nested), dropping rings with fewer
 * than 4 positions (degenerate: repaired by dropping them) and non-polygonal members (points, lines).
 * A ring with a position that is not a finite lon/lat throws InvalidRingError (rejected).
 */
export function polygonsOf(geometry: RawGeometry | null | undefined): Polygon[] {
  if (!geometry) return [];
  const out: Polygon[] = [];
  const add = (rings: number[][][]): void => {
    if (!Array.isArray(rings))
      throw new InvalidRingError("invalid polygon: coordinates are not a list of rings");
    const polygon = rings.filter((r) => Array.isArray(r) && r.length >= 4).map(toRing);
    if (polygon.length > 0) out.push(polygon);
  };
  if (geometry.type === "Polygon") add(geometry.coordinates as number[][][]);
  else if (geometry.type === "MultiPolygon") for (const p of geometry.coordinates as number[][][][]) add(p);
  else if (geometry.type === "GeometryCollection")
    for (const g of geometry.geometries as RawGeometry[]) out.push(...polygonsOf(g));
  return out;
}

/**
 * All polygons of a FeatureCollection's features or of a GeometryCollection (mapshaper writes either),
 * or null when `json` is neither.
 */
export function polygonsOfCollection(json: unknown): Polygon[] | null {
  const collection = json as { type?: unknown; features?: unknown } | null;
  if (collection?.type === "GeometryCollection") return polygonsOf(collection as RawGeometry);
  if (!Array.isArray(collection?.features)) return null;
  return (collection.features as ({ geometry?: RawGeometry | null } | null)[]).flatMap((f) =>
    polygonsOf(f?.geometry),
  );
}

/** A GeoJSON Feature. */
export function feature(geometry: object | null, properties: Record<string, unknown> = {}) {
  return { type: "Feature", properties, geometry };
}

/** A GeoJSON FeatureCollection. */
export function featureCollection(features: object[]) {
  return { type: "FeatureCollection", features };
}

/** Shapes as a FeatureCollection of MultiPolygon features (mapshaper's input); empty shapes are left out. */
export function shapesCollection(
  shapes: { properties: Record<string, unknown>; multi: MultiPolygon | null }[],
) {
  return featureCollection(
    shapes
      .filter((s) => s.multi && s.multi.length > 0)
      .map((s) => feature({ type: "MultiPolygon", coordinates: s.multi }, s.properties)),
  );
}

/**
 * Union of any number of (possibly overlapping) polygons: a valid, non-overlapping multipolygon.
 * Its Clipper paths stay with it while it lives (a day's union is clipped next).
 */
export function unionOf(polygons: Polygon[]): MultiPolygon {
  if (polygons.length === 0) return [];
  return booleanOp("union", polygons, [], true);
}

/** Points in `a` and not in `b`. */
export function differenceOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return [];
  if (b.length === 0) return a;
  return booleanOp("difference", a, b);
}

/** Points in exactly one of `a` and `b`. */
export function xorOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return booleanOp("xor", a, b);
}

export function intersectionOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return booleanOp("intersection", a, b);
}
