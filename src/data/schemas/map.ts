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

const positionsSchema = z.array(z.array(z.number()));
const topoGeometrySchema = z.union([
  z.object({ type: z.literal("Polygon"), arcs: z.array(z.array(z.int())) }),
  z.object({ type: z.literal("MultiPolygon"), arcs: z.array(z.array(z.array(z.int()))) }),
  z.object({ type: z.null() }),
]);

/** A quantized TopoJSON topology with one object, `occupied`: one geometry per distinct state. */
export const occupiedTopologySchema = z.looseObject({
  type: z.literal("Topology"),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  arcs: z.array(positionsSchema),
  objects: z.object({
    occupied: z.object({ type: z.literal("GeometryCollection"), geometries: z.array(topoGeometrySchema) }),
  }),
});

/** One state per date, each naming an existing geometry (shared with the app's lighter chunk schema). */
export function chunkStatesCheck() {
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
