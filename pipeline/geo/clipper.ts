// Boolean operations with Clipper2 (clipper2-ts, installed in pipeline/tools) on lon/lat snapped to a
// grid of 1e-6° (~0.1 m). Clipper2 computes on integers, so it does not fail on near-coincident
// edges the way polygon-clipping did on NZZ's shapes (those calls needed mapshaper fallbacks), and it
// is several times faster. DeepState's coordinates have at most 6 decimals, so its vertices are kept
// exactly; only new intersection points are rounded to the grid.
import type * as Clipper2 from "clipper2-ts";
import type { Path64, Paths64 } from "clipper2-ts";
import { importPipelineTool } from "./load-mapshaper";
import type { MultiPolygon, Polygon, Ring } from "../../src/lib/geometry";

const clipper2 = await importPipelineTool<typeof Clipper2>("clipper2-ts");
const { Clipper64, ClipType, FillRule, PathType, ReuseableDataContainer64 } = clipper2;

/** Grid steps per degree. Coordinate differences stay below 9e7, Clipper2's fast integer path. */
export const GRID_PER_DEGREE = 1e6;

/** Twice the signed area of a closed integer path (positive: counter-clockwise, lon/lat axes). */
function signedArea2(path: { x: number; y: number }[]): number {
  const n = path.length;
  if (n < 3) return 0;
  const { x: x0, y: y0 } = path[0]!;
  let sum = 0;
  for (let i = 1; i < n - 1; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    sum += (a.x - x0) * (b.y - y0) - (b.x - x0) * (a.y - y0);
  }
  return sum;
}

/**
 * Rings as Clipper paths: snapped, the closing position dropped, outer rings counter-clockwise and
 * holes clockwise, so that with the non-zero rule overlapping polygons unite and each polygon's holes
 * stay empty whatever winding the source used.
 */
export function toPaths(polygons: Polygon[]): Paths64 {
  const paths: Paths64 = [];
  for (const polygon of polygons)
    polygon.forEach((ring, k) => {
      const n = ring.length - 1; // GeoJSON rings repeat their first position
      if (n < 3) return;
      const path = new Array<{ x: number; y: number }>(n);
      for (let i = 0; i < n; i++) {
        const p = ring[i]!;
        path[i] = { x: Math.round(p[0] * GRID_PER_DEGREE), y: Math.round(p[1] * GRID_PER_DEGREE) };
      }
      const area = signedArea2(path);
      if (area === 0) return;
      if (area > 0 !== (k === 0)) path.reverse();
      paths.push(path);
    });
  return paths;
}

/** A Clipper path as a closed GeoJSON ring, counter-clockwise for an outer ring, clockwise for a hole. */
function ringOf(path: Path64, outer: boolean, area: number): Ring {
  const ring: Ring = path.map((p) => [p.x / GRID_PER_DEGREE, p.y / GRID_PER_DEGREE]);
  if (area > 0 !== outer) ring.reverse();
  ring.push(ring[0]!);
  return ring;
}

interface Box {
  w: number;
  s: number;
  e: number;
  n: number;
}

function boxOf(path: Path64): Box {
  const box = { w: Infinity, s: Infinity, e: -Infinity, n: -Infinity };
  for (const { x, y } of path) {
    if (x < box.w) box.w = x;
    if (x > box.e) box.e = x;
    if (y < box.s) box.s = y;
    if (y > box.n) box.n = y;
  }
  return box;
}

const boxWithin = (a: Box, b: Box) => a.w >= b.w && a.e <= b.e && a.s >= b.s && a.n <= b.n;

/** 1 inside, -1 outside, 0 on the path (integer coordinates: exact). */
function pointInPath(pt: { x: number; y: number }, path: Path64): number {
  let inside = false;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) {
    const a = path[i]!;
    const b = path[j]!;
    if (a.y === pt.y && a.x === pt.x) return 0;
    if (a.y > pt.y !== b.y > pt.y) {
      const cross = (a.x - pt.x) * (b.y - pt.y) - (b.x - pt.x) * (a.y - pt.y);
      if (cross === 0) return 0;
      if (cross > 0 === b.y > a.y) inside = !inside; // the crossing lies right of pt
    } else if (a.y === pt.y && b.y === pt.y && (a.x - pt.x) * (b.x - pt.x) <= 0) return 0;
  }
  return inside ? 1 : -1;
}

/**
 * Clipper's flat solution as polygons: positive paths are outer rings, negative ones holes, each hole
 * given to the smallest outer ring that contains it (by box, then by a vertex of the hole that is not
 * on that ring). Clipper's own PolyTree does the same with a far slower containment test.
 */
function polygonsOfPaths(paths: Paths64, keepPaths: boolean): MultiPolygon {
  const outers: { path: Path64; area: number; box: Box; holes: { ring: Ring; path: Path64 }[] }[] = [];
  const holes: { path: Path64; area: number; box: Box }[] = [];
  for (const path of paths) {
    if (path.length < 3) continue;
    const area = signedArea2(path);
    if (area > 0) outers.push({ path, area, box: boxOf(path), holes: [] });
    else if (area < 0) holes.push({ path, area, box: boxOf(path) });
  }
  const bySize = [...outers].sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    const candidates = bySize.filter((o) => boxWithin(hole.box, o.box));
    const owner =
      candidates.length === 1
        ? candidates[0]
        : candidates.find((o) => {
            for (const pt of hole.path) {
              const where = pointInPath(pt, o.path);
              if (where !== 0) return where > 0;
            }
            return false;
          });
    owner?.holes.push({ ring: ringOf(hole.path, false, hole.area), path: hole.path });
  }
  const multi = outers.map((o) => [ringOf(o.path, true, o.area), ...o.holes.map((h) => h.ring)]);
  // toPaths(multi) would give back these very paths (the coordinates round-trip exactly and the
  // windings are already Clipper's): kept, so that the result is not converted again when it is fed
  // to the next operation.
  if (keepPaths)
    knownPaths.set(
      multi,
      outers.flatMap((o) => [o.path, ...o.holes.map((h) => h.path)]),
    );
  return multi;
}

type Op = "union" | "intersection" | "difference" | "xor";
const CLIP_TYPE = {
  union: ClipType.Union,
  intersection: ClipType.Intersection,
  difference: ClipType.Difference,
  xor: ClipType.Xor,
} as const;

/**
 * Paths of shapes already converted, keyed by identity (Clipper only reads them): results kept with
 * `keepPaths` (a day's union, clipped next), so callers must not mutate a shape they pass again.
 */
const knownPaths = new WeakMap<Polygon[], Paths64>();
const pathsOf = (polygons: Polygon[]): Paths64 => knownPaths.get(polygons) ?? toPaths(polygons);

/**
 * A clip side's vertices and local minima, built once per shape (Clipper2's reusable data: the
 * boundary, or Crimea, is the clip call after call). Added after the subject, as addClip would add
 * them, so the engine sees the same lists in the same order. Same identity rule as knownPaths.
 */
const clipData = new WeakMap<Polygon[], InstanceType<typeof ReuseableDataContainer64>>();
function clipDataOf(clip: Polygon[]) {
  let data = clipData.get(clip);
  if (!data) {
    data = new ReuseableDataContainer64();
    data.addPaths(pathsOf(clip), PathType.Clip, false);
    clipData.set(clip, data);
  }
  return data;
}

/**
 * subject (op) clip, each side read with the non-zero rule (so a side may overlap itself). With
 * `keepPaths`, the result's Clipper paths are kept with it (memory) for a later operation on it.
 */
export function booleanOp(op: Op, subject: Polygon[], clip: Polygon[] = [], keepPaths = false): MultiPolygon {
  const c = new Clipper64();
  c.addSubject(pathsOf(subject));
  if (clip.length > 0) c.addReuseableData(clipDataOf(clip));
  const solution: Paths64 = [];
  c.execute(CLIP_TYPE[op], FillRule.NonZero, solution);
  return polygonsOfPaths(solution, keepPaths);
}
