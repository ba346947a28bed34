// Which map chunk holds a day, and the day's shape decoded from it. A chunk stores each distinct
// shape once (TopoJSON) and, per day, the index of its shape, so scrubbing within a loaded chunk
// only decodes (and caches) shapes: no request.
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { IsoDate } from "../../../data/schemas/common";
import type { MapChunk, MapChunkRef, MapDefinition, MapIndex, MapSource } from "../../../data/schemas/map";
import type { MultiPolygon } from "../../../lib/geometry";

/**
 * The chunk of `source` covering `day` under a definition (NZZ: like for like by default, or as
 * published), or undefined (before the source's first day, after its last).
 */
export function chunkRefFor(
  index: MapIndex,
  source: MapSource,
  day: IsoDate,
  definition: MapDefinition = "likeForLike",
): MapChunkRef | undefined {
  const wanted = source === "nzz" && definition === "asPublished" ? "asPublished" : undefined;
  return index.chunks.find(
    (c) => c.source === source && c.definition === wanted && c.from <= day && day <= c.to,
  );
}

/** The chunks just before and after `ref` of the same source (to prefetch while playing or scrubbing). */
export function neighbourRefs(index: MapIndex, ref: MapChunkRef): MapChunkRef[] {
  const own = index.chunks.filter((c) => c.source === ref.source && c.definition === ref.definition);
  const i = own.findIndex((c) => c.file === ref.file);
  return [own[i - 1], own[i + 1]].filter((c): c is MapChunkRef => c !== undefined);
}

/** Index into the chunk's shapes of the shape shown on `day`, or -1 if the chunk does not cover it. */
export function stateOn(chunk: MapChunk, day: IsoDate): number {
  const i = chunk.dates.indexOf(day);
  return i < 0 ? -1 : chunk.state[i]!;
}

const decoded = new WeakMap<MapChunk["topology"], Map<number, MultiPolygon>>();

/** The multipolygon of shape `state` of a chunk's topology (decoded once, then cached). */
export function shapeOf(topology: MapChunk["topology"], state: number): MultiPolygon {
  let cache = decoded.get(topology);
  if (!cache) decoded.set(topology, (cache = new Map()));
  const hit = cache.get(state);
  if (hit) return hit;
  const geometry = topology.objects.occupied.geometries[state];
  let shape: MultiPolygon = [];
  if (geometry && geometry.type !== null) {
    const f = feature(topology as unknown as Topology, geometry as never) as unknown as {
      geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown } | null;
    };
    const g = f.geometry;
    if (g)
      shape =
        g.type === "Polygon" ? [g.coordinates as MultiPolygon[number]] : (g.coordinates as MultiPolygon);
  }
  cache.set(state, shape);
  return shape;
}

/** One shape of a loaded chunk: the chunk and the index of the shape in it. */
export interface ShapeInput {
  chunk: MapChunk;
  state: number;
}

/**
 * The multipolygon of an input: undefined while its chunk loads (undefined), empty where the source
 * has no map that day (null).
 */
export const shapeOfInput = (i: ShapeInput | null | undefined): MultiPolygon | undefined =>
  i === undefined ? undefined : i === null ? [] : shapeOf(i.chunk.topology, i.state);
