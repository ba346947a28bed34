// public/data/basemap.json: the map's background. Ukraine's boundary (from the raw data's geo/,
// simplified for drawing) and its neighbours (Natural Earth via world-atlas, with Ukraine's boundary
// cut out so that Crimea is drawn as Ukrainian), clipped to a box around Ukraine.
import { z } from "zod/mini";
import { schemaVersionSchema, sourceSchema } from "./common";

export type BasemapMultiPolygon = [number, number][][][];

const isRing = (ring: unknown): boolean =>
  Array.isArray(ring) &&
  ring.length >= 4 &&
  ring.every((p) => Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));

/**
 * GeoJSON MultiPolygon coordinates: polygons of rings (≥ 4 positions) of [lon, lat]. Checked in one
 * plain loop: a zod schema per position cost ~0.2 s of main thread for the file's ~25,000 positions.
 */
export const multiPolygonSchema = z.custom<BasemapMultiPolygon>(
  (v) =>
    Array.isArray(v) &&
    v.every((polygon) => Array.isArray(polygon) && polygon.length > 0 && polygon.every(isRing)),
  "expected MultiPolygon coordinates: polygons of rings of at least 4 [lon, lat] positions",
);

export const basemapFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  /** [west, south, east, north] of the area drawn. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Simplification tolerance of `ukraine`, metres. */
  simplifyMetres: z.number().check(z.positive()),
  /** Ukraine within its internationally recognised borders, Crimea included. */
  ukraine: multiPolygonSchema,
  /** All land in the box (so gaps between simplified borders never show as sea). */
  land: multiPolygonSchema,
  /** Neighbouring countries minus Ukraine, for their borders and names. */
  countries: z.array(z.object({ name: z.string(), polygons: multiPolygonSchema })),
});
export type BasemapFile = z.infer<typeof basemapFileSchema>;
