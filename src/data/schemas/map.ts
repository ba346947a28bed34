// public/data/map/: the front-line map's geometry, fetched lazily. index.json lists the chunks
// (per source, a run of ~3 months each); each chunk is a TopoJSON of the distinct occupied shapes
// of its days (simplified ~50 m, quantized) plus which shape each calendar day shows.
import { z } from "zod/mini";
import { isoDateSchema, isoDateSeriesSchema, schemaVersionSchema } from "./common";
import { sectorBoxSchema, territoryOriginSchema } from "./territory";

export const mapSourceSchema = z.enum(["deepstate", "nzz"]);
export type MapSource = z.infer<typeof mapSourceSchema>;

/**
 * NZZ's shapes are stored twice: like for like (the default, no `definition`: its own shape plus the
 * areas held before 2022 as DeepState draws them, Crimea included) and as published (with Crimea
 * added, as NZZ omits it).
 */
export const mapDefinitionSchema = z.literal("asPublished");
export type MapDefinition = "likeForLike" | z.infer<typeof mapDefinitionSchema>;

export const mapChunkRefSchema = z.object({
  source: mapSourceSchema,
  definition: z.optional(mapDefinitionSchema),
  /** Path relative to public/data/, e.g. "map/deepstate-2023-07-01.json". */
  file: z.string(),
  from: isoDateSchema,
  to: isoDateSchema,
  /** Distinct shapes stored (days with unchanged geometry share one). */
  states: z.int().check(z.positive()),
  bytes: z.int().check(z.positive()),
  gzipBytes: z.int().check(z.positive()),
});
export type MapChunkRef = z.infer<typeof mapChunkRefSchema>;

export const mapIndexSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sectors: z.array(sectorBoxSchema),
  /** Simplification tolerance of the stored shapes, metres. */
  simplifyMetres: z.number().check(z.positive()),
  chunks: z.array(mapChunkRefSchema),
  notes: z.array(z.string()),
});
export type MapIndex = z.infer<typeof mapIndexSchema>;

// The arcs and geometries are checked with plain loops, not zod schemas per element: zod validating
// each of a chunk's ~100,000 positions one by one took 0.2–1 s of the browser's main thread per
// chunk, far over the map's 300 ms first-render budget. The checks are as strict.

/** A position: an array of at least two finite numbers. */
const isPosition = (p: unknown): boolean => {
  if (!Array.isArray(p) || p.length < 2) return false;
  for (const v of p) if (typeof v !== "number" || !Number.isFinite(v)) return false;
  return true;
};

/** TopoJSON arcs: arrays of positions, checked in one pass. */
const arcsSchema = z.custom<number[][][]>(
  (v) => Array.isArray(v) && v.every((arc) => Array.isArray(arc) && arc.every(isPosition)),
  "expected TopoJSON arcs: arrays of [x, y] number pairs",
);

/** Nested arrays of integer arc indexes, `depth` levels deep. */
const isIndexes = (v: unknown, depth: number): boolean =>
  Array.isArray(v) &&
  (depth === 1 ? v.every((i) => Number.isSafeInteger(i)) : v.every((x) => isIndexes(x, depth - 1)));

/** One shape of the topology (a day with nothing held is the null geometry). */
export type TopoGeometry =
  { type: "Polygon"; arcs: number[][] } | { type: "MultiPolygon"; arcs: number[][][] } | { type: null };

const topoGeometrySchema = z.custom<TopoGeometry>((g) => {
  const geo = g as { type?: unknown; arcs?: unknown } | null;
  if (!geo || typeof geo !== "object") return false;
  if (geo.type === null) return true;
  if (geo.type === "Polygon") return isIndexes(geo.arcs, 2);
  if (geo.type === "MultiPolygon") return isIndexes(geo.arcs, 3);
  return false;
}, "expected a Polygon, MultiPolygon or null geometry with integer arc indexes");

/** A quantized TopoJSON topology with one object, `occupied`: one geometry per distinct state. */
export const occupiedTopologySchema = z.looseObject({
  type: z.literal("Topology"),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  arcs: arcsSchema,
  objects: z.object({
    occupied: z.object({ type: z.literal("GeometryCollection"), geometries: z.array(topoGeometrySchema) }),
  }),
});

/** One state per date, each naming an existing geometry. */
function chunkStatesCheck() {
  return z.superRefine(
    (
      chunk: {
        dates: unknown[];
        state: number[];
        topology: { objects: { occupied: { geometries: unknown[] } } };
      },
      ctx,
    ) => {
      if (chunk.state.length !== chunk.dates.length)
        ctx.addIssue({ code: "custom", path: ["state"], message: "one state per date expected" });
      const n = chunk.topology.objects.occupied.geometries.length;
      if (chunk.state.some((s) => s >= n))
        ctx.addIssue({ code: "custom", path: ["state"], message: `state index beyond the ${n} geometries` });
    },
  );
}

/** A map chunk, as the pipeline writes it and the app reads it (one schema for both). */
export const mapChunkSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    source: mapSourceSchema,
    definition: z.optional(mapDefinitionSchema),
    origin: territoryOriginSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    /** Every calendar day from `from` to `to`. */
    dates: isoDateSeriesSchema,
    /** For each date, the index of its geometry in topology.objects.occupied.geometries. */
    state: z.array(z.int().check(z.nonnegative())),
    topology: occupiedTopologySchema,
  })
  .check(chunkStatesCheck());
export type MapChunk = z.infer<typeof mapChunkSchema>;
