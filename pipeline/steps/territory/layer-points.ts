// Place history's statuses, and DeepState's two layers that are not Russian-held: "liberated"
// (retaken by Ukraine) and "status unknown / contested". Only the history archive draws them (the
// daily extract and NZZ have no such layers and keep codes 0–2). They are read for the points alone:
// the held area, its changes and the map never see them, so territory.json and map/ do not change.
import type { MultiPolygon, Polygon } from "../../geo/polygons";
import { multiPolygonContainsPoints, polygonBox } from "../../../src/lib/geometry";

/**
 * A point's status on a day (the codes of place-history.json's PLACE_STATUS, in order): not
 * Russian-held, held, held and inside the before-2022 layer, and, DeepState history only, not held
 * but inside its liberated layer, or not held but inside its contested layer.
 */
export const POINT_STATUS = { notHeld: 0, held: 1, heldBefore2022: 2, liberated: 3, contested: 4 } as const;

/** Held (since 2022 or before): the only statuses the front zone and "who took it" count. */
export const isHeldCode = (code: number): boolean =>
  code === POINT_STATUS.held || code === POINT_STATUS.heldBefore2022;

/**
 * A chunk's layer drawings: per distinct drawing, each point's layer code (0, liberated or
 * contested), and each snapshot day's index into `statuses` (days share a drawing).
 */
export interface LayerStatuses {
  byDay: number[];
  statuses: Uint8Array[];
}

/**
 * Which points lie in each polygon, by the shared even–odd rule, cached per polygon: DeepState
 * redraws a few of its ~50 liberated and ~15 contested features a day and keeps the others, so most
 * drawings reuse most answers. Only the points inside a polygon's box are tested.
 */
class PolygonPoints {
  private readonly cache = new Map<string, Uint32Array>();
  constructor(
    private readonly points: Float64Array,
    private readonly keyOf: (polygon: Polygon) => string,
  ) {}

  /** Indices of the points inside `polygon`. */
  inside(polygon: Polygon): Uint32Array {
    const key = this.keyOf(polygon);
    let out = this.cache.get(key);
    if (out) return out;
    const [w, s, e, n] = polygonBox(polygon);
    const near: number[] = [];
    for (let p = 0; p < this.points.length / 2; p++) {
      const x = this.points[2 * p]!;
      const y = this.points[2 * p + 1]!;
      if (x >= w && x <= e && y >= s && y <= n) near.push(p);
    }
    const at = Float64Array.from(near.flatMap((p) => [this.points[2 * p]!, this.points[2 * p + 1]!]));
    const inside = multiPolygonContainsPoints([polygon], at);
    out = Uint32Array.from(near.filter((_, k) => inside[k]));
    this.cache.set(key, out);
    return out;
  }
}

/**
 * Reads each snapshot day's two layers into the points' layer codes, by the shared point-in-polygon
 * rule, as the occupied layers are read: the union of a layer's polygons (a point is in the union
 * when it is in one of them, so no boolean operation is needed), clipped to Ukraine's boundary (a
 * point of the clip is in both: the boundary is tested once). A day drawn as the day before shares
 * its codes. Where the two layers overlap, contested wins: DeepState lays its grey "unknown" zone
 * over ground whose control is in question now, while the liberated layer is the record of what
 * Ukraine retook (2022–23) and is rarely redrawn, so the grey is the more current statement about
 * that ground. Held wins over both (withLayers). Raw polygons are not kept past their day.
 */
export class LayerReader {
  /** Which points lie inside the boundary (computed on the first day: most tracks have no layers). */
  private inBoundary: Uint8Array | null = null;
  private readonly cache: PolygonPoints;
  private readonly out: LayerStatuses = { byDay: [], statuses: [] };
  private lastKey = "";

  constructor(
    private readonly boundary: MultiPolygon,
    private readonly points: Float64Array,
    private readonly keyOf: (polygons: Polygon[]) => string,
  ) {
    this.cache = new PolygonPoints(points, (polygon) => keyOf([polygon]));
  }

  /** One snapshot day's layers (raw polygons, unclipped, possibly overlapping), in day order. */
  day(liberated: Polygon[], contested: Polygon[]): void {
    const key = `${this.keyOf(liberated)}:${this.keyOf(contested)}`;
    if (key !== this.lastKey) {
      const status = new Uint8Array(this.points.length / 2);
      const inBoundary = (this.inBoundary ??= multiPolygonContainsPoints(this.boundary, this.points));
      const mark = (polygons: Polygon[], code: number) => {
        for (const polygon of polygons)
          for (const p of this.cache.inside(polygon)) if (inBoundary[p]) status[p] = code;
      };
      mark(liberated, POINT_STATUS.liberated);
      mark(contested, POINT_STATUS.contested); // after liberated: contested wins
      this.out.statuses.push(status);
      this.lastKey = key;
    }
    this.out.byDay.push(this.out.statuses.length - 1);
  }

  /** The chunk's codes, or null if no day had the layers (a track without them). */
  result(): LayerStatuses | null {
    return this.out.byDay.length > 0 ? this.out : null;
  }
}

/** A day's statuses: the held ones (codes 0–2) as they are, a point not held takes its layer code. */
export function withLayers(held: Uint8Array, layer: Uint8Array | undefined): Uint8Array {
  if (!layer) return held;
  return Uint8Array.from(held, (code, p) => (code !== POINT_STATUS.notHeld ? code : layer[p]!));
}

/**
 * Each snapshot day's statuses of one chunk: its state's held statuses, combined with that day's
 * layer drawing when the chunk has layers. Days sharing a state and a drawing share one array.
 */
export function dayStatuses(result: {
  days: readonly { state: number }[];
  pointStatus: Uint8Array[] | null;
  layerStatus: LayerStatuses | null;
}): Uint8Array[] {
  const { days, pointStatus, layerStatus } = result;
  if (!pointStatus) throw new Error("place history: a task without point statuses");
  const combined = new Map<string, Uint8Array>();
  return days.map((d, k) => {
    const held = pointStatus[d.state]!;
    if (!layerStatus) return held;
    const version = layerStatus.byDay[k]!;
    const key = `${d.state}:${version}`;
    let out = combined.get(key);
    if (!out) combined.set(key, (out = withLayers(held, layerStatus.statuses[version])));
    return out;
  });
}
