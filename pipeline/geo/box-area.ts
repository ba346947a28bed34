// Area of a multipolygon inside a lon/lat box, without a general boolean operation: each ring is
// clipped to the box (Sutherland–Hodgman, exact for a convex window) and its area taken. The clipped
// ring may run along the box's edge in degenerate zero-width parts, which add no area, so the sum of
// outer rings minus holes is the area of (multipolygon ∩ box).
import { ringAreaKm2 } from "./area";
import type { BBox, MultiPolygon, Position, Ring } from "./polygons";
import { boxContains, boxesOverlap, ringBbox } from "../../src/lib/geometry";

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipAgainst(ring: Ring, inside: Inside, cross: Cross): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i]!;
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(cross(prev, cur));
  }
  return out;
}

const atLon =
  (lon: number): Cross =>
  (a, b) => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
const atLat =
  (lat: number): Cross =>
  (a, b) => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];

/** The part of a ring inside a box (may contain zero-width parts along the box's edge). */
export function clipRingToBox(ring: Ring, [w, s, e, n]: BBox): Ring {
  let r = ring;
  r = clipAgainst(r, (p) => p[0] >= w, atLon(w));
  r = clipAgainst(r, (p) => p[0] <= e, atLon(e));
  r = clipAgainst(r, (p) => p[1] >= s, atLat(s));
  r = clipAgainst(r, (p) => p[1] <= n, atLat(n));
  return r;
}

/**
 * ringAreaKm2(clipRingToBox(ring, box)), without clipping a ring that lies wholly inside the box
 * (clipping would give back the same positions in the same order) or wholly beyond one of its sides
 * (clipping would give no position at all): the same numbers, far fewer arrays.
 */
function ringAreaInBoxKm2(ring: Ring, box: BBox): number {
  const bounds = ringBbox(ring);
  if (!boxesOverlap(bounds, box)) return ringAreaKm2([]);
  if (boxContains(box, bounds)) return ringAreaKm2(ring);
  return ringAreaKm2(clipRingToBox(ring, box));
}

/** km² of a valid (non-overlapping) multipolygon that lies inside the box. */
export function areaInBoxKm2(multi: MultiPolygon, box: BBox): number {
  let sum = 0;
  for (const [outer, ...holes] of multi) {
    if (!outer) continue;
    sum += ringAreaInBoxKm2(outer, box);
    for (const hole of holes) sum -= ringAreaInBoxKm2(hole, box);
  }
  return Math.max(0, sum);
}
