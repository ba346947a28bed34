// Clips small shapes (a day's gains, losses or changes) to the boundary without a full boolean
// operation against the boundary's ~15,000 vertices: a piece whose box no boundary edge enters lies
// wholly inside or wholly outside Ukraine (one point-in-polygon test decides); only pieces crossing
// the border or coast are intersected, with the boundary cut down to the piece's box first.
import { clipRingToBox } from "./box-area";
import type { BBox, MultiPolygon, Polygon, Ring } from "./polygons";
import { bboxOf, intersectionOf } from "./polygons";

function edgeTouchesBox(a: [number, number], b: [number, number], [w, s, e, n]: BBox): boolean {
  return !(
    Math.max(a[0], b[0]) < w ||
    Math.min(a[0], b[0]) > e ||
    Math.max(a[1], b[1]) < s ||
    Math.min(a[1], b[1]) > n
  );
}

function boundaryCrosses(boundary: MultiPolygon, box: BBox): boolean {
  for (const polygon of boundary)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) if (edgeTouchesBox(ring[i - 1]!, ring[i]!, box)) return true;
  return false;
}

function ringContains(ring: Ring, [x, y]: [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function multiContains(multi: MultiPolygon, point: [number, number]): boolean {
  return multi.some(
    ([outer, ...holes]) =>
      !!outer && ringContains(outer, point) && !holes.some((h) => ringContains(h, point)),
  );
}

/** The boundary cut to a box (rings clipped one by one; zero-width parts lie on the box's edge). */
function boundaryInBox(boundary: MultiPolygon, box: BBox): MultiPolygon {
  const out: MultiPolygon = [];
  for (const [outer, ...holes] of boundary) {
    if (!outer) continue;
    const cut = clipRingToBox(outer, box);
    if (cut.length < 3) continue;
    const polygon: Polygon = [[...cut, cut[0]!]];
    for (const hole of holes) {
      const h = clipRingToBox(hole, box);
      if (h.length >= 3) polygon.push([...h, h[0]!]);
    }
    out.push(polygon);
  }
  return out;
}

/** `multi` ∩ boundary, piece by piece. */
export function clipPiecesToBoundary(multi: MultiPolygon, boundary: MultiPolygon): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of multi) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    // The margin (~1 km) keeps the cut boundary's zero-width parts away from the piece.
    const box = bboxOf([polygon], 0.01);
    if (!boundaryCrosses(boundary, box)) {
      if (multiContains(boundary, outer[0]!)) out.push(polygon);
      continue;
    }
    try {
      out.push(...intersectionOf([polygon], boundaryInBox(boundary, box)));
    } catch {
      out.push(...intersectionOf([polygon], boundary));
    }
  }
  return out;
}
