// Who held a place on a day: is the point inside the Russian-held multipolygon (even–odd rule)?
// Each polygon's bounding box is computed once and checked first, so a test touches only the few
// polygons near the point (the labels ask on every slider step).
import type { IsoDate } from "../../../data/schemas/common";
import { shapeOfInput, type ShapeInput } from "../data/chunks";
import {
  bboxOf,
  ringContains,
  type BBox,
  type MultiPolygon,
  type Polygon,
  type Position,
} from "../../../lib/geometry";
import type { HeldAnswer } from "./derive-map-text";

const boxes = new WeakMap<Polygon, BBox>();

function boxOf(polygon: Polygon): BBox {
  let b = boxes.get(polygon);
  if (!b) boxes.set(polygon, (b = bboxOf([polygon])));
  return b;
}

export function containsPoint(multi: MultiPolygon, point: Position): boolean {
  const [x, y] = point;
  let inside = false;
  for (const polygon of multi) {
    const [w, s, e, n] = boxOf(polygon);
    if (x < w || x > e || y < s || y > n) continue; // outside the outer ring, so outside its holes too
    // Even–odd over all the rings: each ring the point lies in flips the answer.
    for (const ring of polygon) if (ringContains(ring, point)) inside = !inside;
  }
  return inside;
}

/**
 * Who held a point on `day` per one source's input: "loading" while its chunk loads, "no map yet"
 * before the source's first day, else whether the point lies in its Russian-held shape.
 */
export function heldAnswer(
  input: ShapeInput | null | undefined,
  lonLat: Position,
  day: IsoDate,
  first: IsoDate,
): HeldAnswer {
  const shape = shapeOfInput(input);
  return shape === undefined ? "loading" : day < first ? "no map yet" : containsPoint(shape, lonLat);
}
