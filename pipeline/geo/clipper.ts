// Boolean operations with Clipper2 (clipper2-ts, installed in pipeline/tools) on lon/lat snapped to a
// grid of 1e-6° (~0.1 m). Clipper2 computes on integers, so it does not fail on near-coincident
// edges the way polygon-clipping did on NZZ's shapes (those calls needed mapshaper fallbacks), and it
// is several times faster. DeepState's coordinates have at most 6 decimals, so its vertices are kept
// exactly; only new intersection points are rounded to the grid.
import type * as Clipper2 from "clipper2-ts";
import type { Paths64, PolyTree64 } from "clipper2-ts";
import { importPipelineTool } from "./load-mapshaper";
import type { MultiPolygon, Polygon, Ring } from "./polygons";

const clipper2 = await importPipelineTool<typeof Clipper2>("clipper2-ts");
const { Clipper64, ClipType, FillRule, PolyTree64: Tree } = clipper2;

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

function ringOf(path: { x: number; y: number }[], outer: boolean): Ring {
  const ring: Ring = path.map((p) => [p.x / GRID_PER_DEGREE, p.y / GRID_PER_DEGREE]);
  // Same convention as GeoJSON (RFC 7946): outer rings counter-clockwise, holes clockwise.
  if (signedArea2(path) > 0 !== outer) ring.reverse();
  ring.push(ring[0]!);
  return ring;
}

/** A Clipper result tree as polygons: outer rings with their holes; islands in holes are polygons too. */
function polygonsOfTree(tree: PolyTree64): MultiPolygon {
  const out: MultiPolygon = [];
  const visitOuters = (node: PolyTree64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      if (!outer.polygon || outer.polygon.length < 3) continue;
      const polygon: Polygon = [ringOf(outer.polygon, true)];
      for (let j = 0; j < outer.count; j++) {
        const hole = outer.child(j);
        if (hole.polygon && hole.polygon.length >= 3) polygon.push(ringOf(hole.polygon, false));
        visitOuters(hole);
      }
      out.push(polygon);
    }
  };
  visitOuters(tree);
  return out;
}

type Op = "union" | "intersection" | "difference" | "xor";
const CLIP_TYPE = {
  union: ClipType.Union,
  intersection: ClipType.Intersection,
  difference: ClipType.Difference,
  xor: ClipType.Xor,
} as const;

/** subject (op) clip, each side read with the non-zero rule (so a side may overlap itself). */
export function booleanOp(op: Op, subject: Polygon[], clip: Polygon[] = []): MultiPolygon {
  const c = new Clipper64();
  c.addSubject(toPaths(subject));
  if (clip.length > 0) c.addClip(toPaths(clip));
  const tree = new Tree();
  c.execute(CLIP_TYPE[op], FillRule.NonZero, tree);
  return polygonsOfTree(tree);
}
