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

/** One distinct drawing of the two layers (raw polygons, unclipped, possibly overlapping). */
export interface LayerVersion {
  liberated: Polygon[];
  contested: Polygon[];
}

/** A chunk's layer drawings: each snapshot day's index into `versions` (days share a drawing). */
export interface ChunkLayers {
  byDay: number[];
  versions: LayerVersion[];
}

/** Per drawing, each point's layer code (0, liberated or contested); `byDay` as in ChunkLayers. */
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
 * Each drawing's layer code for every point, by the shared point-in-polygon rule, read as the
 * occupied layers are: the union of a layer's polygons (a point is in the union when it is in one
 * of them, so no boolean operation is needed), clipped to Ukraine's boundary (a point of the clip is
 * in both: the boundary is tested once). Where the two layers overlap, contested wins: DeepState lays
 * its grey "unknown" zone over ground whose control is in question now, while the liberated layer is
 * the record of what Ukraine retook (2022–23) and is rarely redrawn, so the grey is the more current
 * statement about that ground. Held wins over both (withLayers).
 */
export function layerStatuses(
  layers: ChunkLayers,
  boundary: MultiPolygon,
  points: Float64Array,
  keyOf: (polygon: Polygon) => string,
): LayerStatuses {
  const inBoundary = multiPolygonContainsPoints(boundary, points);
  const cache = new PolygonPoints(points, keyOf);
  const statuses = layers.versions.map((v) => {
    const status = new Uint8Array(points.length / 2);
    const mark = (polygons: Polygon[], code: number) => {
      for (const polygon of polygons)
        for (const p of cache.inside(polygon)) if (inBoundary[p]) status[p] = code;
    };
    mark(v.liberated, POINT_STATUS.liberated);
    mark(v.contested, POINT_STATUS.contested); // after liberated: contested wins
    return status;
  });
  return { byDay: layers.byDay, statuses };
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
