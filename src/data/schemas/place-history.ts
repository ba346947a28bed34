// public/data/place-history.json: who held each front-zone settlement on every day, per source, as
// runs of days (a status and the day it starts), not days. Loaded only when a reader asks for a place.
import { z } from "zod/mini";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";

/** The three territory sources a place's history is read from (like territory.json's origins). */
export const PLACE_TRACKS = ["deepstate-history", "deepstate-occupied", "nzz"] as const;
export const placeTrackSchema = z.enum(PLACE_TRACKS);
export type PlaceTrack = z.infer<typeof placeTrackSchema>;

/**
 * Status codes in `runs`: 0 not Russian-held, 1 Russian-held, 2 held and in the before-2022 layer;
 * DeepState's layers only (track `deepstate-history`): 3 not held and in its "liberated" layer
 * (retaken by Ukraine), 4 not held and in its "status unknown / contested" layer. Held wins over
 * both; contested wins over liberated. New codes are appended, so old ones keep their meaning.
 */
export const PLACE_STATUS = ["notHeld", "held", "heldBefore2022", "liberated", "contested"] as const;
export type PlaceStatus = (typeof PLACE_STATUS)[number];

/** The tracks that draw the liberated and contested layers (codes 3 and 4): DeepState's own layers. */
export const LAYER_STATUS_TRACKS: readonly PlaceTrack[] = ["deepstate-history"];
const FIRST_LAYER_CODE = PLACE_STATUS.indexOf("liberated");

const dayOffsetSchema = z.int().check(z.nonnegative());

export const placeTrackInfoSchema = z.object({
  id: placeTrackSchema,
  /** First and last day of the source (both included); offsets in `runs` count days from `from`. */
  from: isoDateSchema,
  to: isoDateSchema,
  /** Runs of days without a snapshot (the last one carried), as [first offset, last offset]. */
  carried: z.array(z.tuple([dayOffsetSchema, dayOffsetSchema])),
});
export type PlaceTrackInfo = z.infer<typeof placeTrackInfoSchema>;

export const placeHistoryFileSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    sources: z.array(sourceSchema),
    /** Settlements within this distance of a place any source showed Russian-held on any day, km. */
    zoneKm: z.number().check(z.positive()),
    tracks: z.array(placeTrackInfoSchema),
    /** Oblast names (GeoNames admin1), indexed by `places.region`. */
    regions: z.array(z.string()),
    /** Columns, one entry per settlement. */
    places: z.object({
      /** GeoNames name (Latin). */
      name: z.array(z.string()),
      /** Other spellings, "|"-separated ("" for none). */
      aliases: z.array(z.string()),
      region: z.array(z.int().check(z.nonnegative())),
      /** [longitude, latitude], degrees rounded to 1e-4 (~10 m). */
      lonLat: z.array(z.tuple([z.number(), z.number()])),
      /**
       * Per track (in `tracks` order), per place: [offset, status, offset, status, …], a run of each
       * status from its offset to the next run (the last to the track's `to`); the first offset is 0.
       */
      runs: z.array(z.array(z.array(z.int().check(z.nonnegative())))),
    }),
  })
  .check(
    // Each status is a known code, and a layer code only on a track that has the layers (first offence).
    z.superRefine((file, ctx) => {
      for (const [t, perPlace] of file.places.runs.entries()) {
        const track = file.tracks[t]?.id;
        const max = track && LAYER_STATUS_TRACKS.includes(track) ? PLACE_STATUS.length : FIRST_LAYER_CODE;
        for (const [row, runs] of perPlace.entries())
          for (let k = 1; k < runs.length; k += 2)
            if (runs[k]! >= max) {
              ctx.addIssue({
                code: "custom",
                input: runs[k],
                path: ["places", "runs", t, row, k],
                message: `status ${runs[k]} is not a status of track ${track ?? t} (codes 0–${max - 1})`,
              });
              return;
            }
      }
    }),
  );
export type PlaceHistoryFile = z.infer<typeof placeHistoryFileSchema>;
