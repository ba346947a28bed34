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

/**
 * The front zone's settlements, columnar (one entry per index) to keep the file small: every
 * populated place within `radiusKm` of an area Russia held on a day read, best-ranked first
 * (population, then administrative rank), each labelled from `minZoom` on (the map's zoom factor,
 * 1 = all of Ukraine).
 */
export const frontZonePlacesSchema = z
  .object({
    radiusKm: z.number().check(z.positive()),
    names: z.array(z.string()),
    /** lon, lat, lon, lat, … in WGS84 degrees (4 decimals, ~10 m). */
    lonLat: z.array(z.number()),
    minZoom: z.array(z.number().check(z.gte(1))),
  })
  .check(
    z.refine((f) => f.lonLat.length === 2 * f.names.length && f.minZoom.length === f.names.length, {
      message: "frontZone: names, lonLat (two numbers a place) and minZoom must have one entry per place",
    }),
  );
export type FrontZonePlaces = z.infer<typeof frontZonePlacesSchema>;

export const placesFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  places: z.array(placeSchema),
  frontZone: frontZonePlacesSchema,
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
