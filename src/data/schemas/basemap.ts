// public/data/basemap.json: the map's background. Ukraine's boundary (from the raw data's geo/,
// simplified for drawing) and its neighbours (Natural Earth via world-atlas, with Ukraine's boundary
// cut out so that Crimea is drawn as Ukrainian), clipped to a box around Ukraine.
import { z } from "zod";
import { schemaVersionSchema, sourceSchema } from "./common";

const positionSchema = z.tuple([z.number(), z.number()]);
/** GeoJSON MultiPolygon coordinates: polygons of rings of [lon, lat]. */
export const multiPolygonSchema = z.array(z.array(z.array(positionSchema)));
export type BasemapMultiPolygon = z.infer<typeof multiPolygonSchema>;

export const basemapFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  /** [west, south, east, north] of the area drawn. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Simplification tolerance of `ukraine`, metres. */
  simplifyMetres: z.number().positive(),
  /** Ukraine within its internationally recognised borders, Crimea included. */
  ukraine: multiPolygonSchema,
  /** All land in the box (so gaps between simplified borders never show as sea). */
  land: multiPolygonSchema,
  /** Neighbouring countries minus Ukraine, for their borders and names. */
  countries: z.array(z.object({ name: z.string(), polygons: multiPolygonSchema })),
});
export type BasemapFile = z.infer<typeof basemapFileSchema>;
