// Polygon types and boolean operations on lon/lat coordinates (polygon-clipping's GeoJSON-like
// arrays). Raw GeoJSON geometries of any polygonal kind are flattened to a list of polygons first.
import polygonClipping from "polygon-clipping";

export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/** A lon/lat box: [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The GeoJSON geometry kinds the raw files contain (others are ignored by the readers). */
export type RawGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "GeometryCollection"; geometries: RawGeometry[] }
  | { type: string; coordinates?: unknown; geometries?: unknown };

function toRing(raw: number[][]): Ring {
  return raw.map((p) => [Number(p[0]), Number(p[1])] as Position);
}

/**
 * All polygons of a Polygon, MultiPolygon or GeometryCollection (nested), dropping rings with fewer
 * than 4 positions (degenerate) and non-polygonal members (points, lines).
 */
export function polygonsOf(geometry: RawGeometry | null | undefined): Polygon[] {
  if (!geometry) return [];
  const out: Polygon[] = [];
  const add = (rings: number[][][]): void => {
    const polygon = rings.filter((r) => Array.isArray(r) && r.length >= 4).map(toRing);
    if (polygon.length > 0) out.push(polygon);
  };
  if (geometry.type === "Polygon") add(geometry.coordinates as number[][][]);
  else if (geometry.type === "MultiPolygon") for (const p of geometry.coordinates as number[][][][]) add(p);
  else if (geometry.type === "GeometryCollection")
    for (const g of geometry.geometries as RawGeometry[]) out.push(...polygonsOf(g));
  return out;
}

/** Union of any number of (possibly overlapping) polygons: a valid, non-overlapping multipolygon. */
export function unionOf(polygons: Polygon[]): MultiPolygon {
  if (polygons.length === 0) return [];
  const [first, ...rest] = polygons;
  return polygonClipping.union(first!, ...rest);
}

/** Points in `a` and not in `b`. */
export function differenceOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return [];
  if (b.length === 0) return a;
  return polygonClipping.difference(a, b);
}

/** Points in exactly one of `a` and `b`. */
export function xorOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return polygonClipping.xor(a, b);
}

export function intersectionOf(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return polygonClipping.intersection(a, b);
}

export function bboxPolygon([w, s, e, n]: BBox): Polygon {
  return [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
}
