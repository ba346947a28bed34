// The map chunks' schema for the app, checking the same things as src/data/schemas/map.ts but
// walking the TopoJSON arcs with a plain loop: zod validating each of ~100,000 positions one by one
// took 0.2–1 s of main thread per chunk, far over the map's 300 ms first-render budget.
// (Proposed for the shared schema: the pipeline's output would be checked just as strictly.)
import { z } from "zod/mini";
import { isoDateSchema, isoDateSeriesSchema, schemaVersionSchema } from "../../../data/schemas/common";
import {
  chunkStatesCheck,
  mapDefinitionSchema,
  mapSourceSchema,
  type MapChunk,
} from "../../../data/schemas/map";
import { territoryOriginSchema } from "../../../data/schemas/territory";

const isNumberPairs = (arc: unknown): boolean => {
  if (!Array.isArray(arc)) return false;
  for (const p of arc)
    if (!Array.isArray(p) || typeof p[0] !== "number" || typeof p[1] !== "number") return false;
  return true;
};

/** Arrays of positions ([x, y, …] numbers), checked in one pass. */
const arcsSchema = z.custom<number[][][]>(
  (v) => Array.isArray(v) && v.every(isNumberPairs),
  "expected TopoJSON arcs: arrays of [x, y] number pairs",
);

/** Nested arrays of integer arc indexes, `depth` levels deep. */
const isIndexes = (v: unknown, depth: number): boolean =>
  Array.isArray(v) &&
  (depth === 1 ? v.every((i) => Number.isInteger(i)) : v.every((x) => isIndexes(x, depth - 1)));

const geometrySchema = z.custom<MapChunk["topology"]["objects"]["occupied"]["geometries"][number]>((g) => {
  const geo = g as { type?: unknown; arcs?: unknown } | null;
  if (!geo || typeof geo !== "object") return false;
  if (geo.type === null) return true;
  if (geo.type === "Polygon") return isIndexes(geo.arcs, 2);
  if (geo.type === "MultiPolygon") return isIndexes(geo.arcs, 3);
  return false;
}, "expected a Polygon, MultiPolygon or null geometry with integer arc indexes");

export const appMapChunkSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    source: mapSourceSchema,
    definition: z.optional(mapDefinitionSchema),
    origin: territoryOriginSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    dates: isoDateSeriesSchema,
    state: z.array(z.int().check(z.nonnegative())),
    topology: z.looseObject({
      type: z.literal("Topology"),
      transform: z.object({
        scale: z.tuple([z.number(), z.number()]),
        translate: z.tuple([z.number(), z.number()]),
      }),
      arcs: arcsSchema,
      objects: z.object({
        occupied: z.object({ type: z.literal("GeometryCollection"), geometries: z.array(geometrySchema) }),
      }),
    }),
  })
  .check(chunkStatesCheck()) as unknown as z.ZodMiniType<MapChunk>;
