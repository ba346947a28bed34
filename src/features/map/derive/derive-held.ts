// Who held a place on a day, per one source: the shared point-in-polygon rule (lib/geometry.ts,
// also used by the pipeline's place-history.json and the place panel) against that day's shape.
import type { IsoDate } from "../../../data/schemas/common";
import { shapeOfInput, type ShapeInput } from "../data/chunks";
import { multiPolygonContains, type Position } from "../../../lib/geometry";
import { describeHeldPlace, type HeldAnswer } from "./derive-map-text";

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
  return shape === undefined ? "loading" : day < first ? "no map yet" : multiPolygonContains(shape, lonLat);
}

/** A place label's tooltip on `day`: who held it per source, from that day's shapes. */
export function describeHeldOnDay(
  place: { text: string; lonLat: Position },
  day: IsoDate,
  onDay: { deepstate: ShapeInput | null | undefined; nzz: ShapeInput | null | undefined },
  firstDays: { deepstate: IsoDate; nzz: IsoDate },
): string {
  return describeHeldPlace(place.text, day, {
    deepstate: heldAnswer(onDay.deepstate, place.lonLat, day, firstDays.deepstate),
    nzz: heldAnswer(onDay.nzz, place.lonLat, day, firstDays.nzz),
  });
}
