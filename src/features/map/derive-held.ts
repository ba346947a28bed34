// Who held a place on a day: is the point inside the Russian-held multipolygon (even–odd rule)?
// Each polygon's bounding box is computed once and checked first, so a test touches only the few
// polygons near the point (the labels ask on every slider step).
import type { MultiPolygon, Polygon, Position } from "./geo-types";

const boxes = new WeakMap<Polygon, [number, number, number, number]>();

function boxOf(polygon: Polygon): [number, number, number, number] {
  let b = boxes.get(polygon);
  if (!b) {
    b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of polygon[0] ?? []) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
    boxes.set(polygon, b);
  }
  return b;
}

export function containsPoint(multi: MultiPolygon, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of multi) {
    const [w, s, e, n] = boxOf(polygon);
    if (x < w || x > e || y < s || y > n) continue; // outside the outer ring, so outside its holes too
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  }
  return inside;
}
