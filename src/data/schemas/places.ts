// public/data/places.json: the settlements the map labels, from a GeoNames-based package.
import { z } from "zod/mini";
import { schemaVersionSchema, sourceSchema } from "./common";

/** [longitude, latitude] in WGS84 degrees. */
export const lonLatSchema = z
  .tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))])
  .brand<"LonLat">();
export type LonLat = z.infer<typeof lonLatSchema>;

export const placeSchema = z.object({
  /** English name as the map shows it. */
  name: z.string(),
  lonLat: lonLatSchema,
  kind: z.enum(["oblastCapital", "settlement"]),
  /** GeoNames id, so a reader can look the place up. */
  geonameId: z.optional(z.int()),
});
export type Place = z.infer<typeof placeSchema>;

export const placesFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  places: z.array(placeSchema),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
