// Who held a place on a day: is the point inside the Russian-held multipolygon (even–odd rule)?
import type { MultiPolygon, Position } from "./geo-types";

export function containsPoint(multi: MultiPolygon, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of multi)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}
