// public/data/oryx.json: equipment losses visually confirmed by Oryx, for Russia and Ukraine.
import { z } from "zod/mini";
import { ORYX_COUNTRIES, ORYX_TYPES } from "./keys";

export { ORYX_COUNTRIES, ORYX_TYPES };
import { generalStaffCategorySchema } from "./losses";
import { methodChangeMeasureSchema } from "./method-changes";
import { isoDateSeriesSchema, nullableCountSeriesSchema, schemaVersionSchema, sourceSchema } from "./common";

/** Stable type keys; Oryx's own type names drift over time (see pipeline/sources/oryx.ts). */
export const oryxTypeSchema = z.enum(ORYX_TYPES);
export type OryxType = z.infer<typeof oryxTypeSchema>;

export const oryxCountrySchema = z.enum(ORYX_COUNTRIES);
export type OryxCountry = z.infer<typeof oryxCountrySchema>;

/** Counts by loss status, each aligned with the file's `dates`. */
export const oryxStatusSeriesSchema = z.object({
  destroyed: nullableCountSeriesSchema,
  damaged: nullableCountSeriesSchema,
  abandoned: nullableCountSeriesSchema,
  captured: nullableCountSeriesSchema,
  total: nullableCountSeriesSchema,
});
export type OryxStatusSeries = z.infer<typeof oryxStatusSeriesSchema>;

/** How a General Staff category lines up with Oryx types, for the comparison panel. */
export const categoryMappingSchema = z.object({
  generalStaff: generalStaffCategorySchema,
  oryx: z.array(oryxTypeSchema).check(z.minLength(1)),
  comparable: z.boolean(),
  note: z.string(),
});
export type CategoryMapping = z.infer<typeof categoryMappingSchema>;

export const oryxFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  /** One entry per UTC day that has a snapshot (the day's last snapshot). Not every day has one. */
  dates: isoDateSeriesSchema,
  /** Human labels for the stable type keys. */
  typeLabels: z.record(oryxTypeSchema, z.string()),
  /**
   * Like for like (the default): every day counts the same kinds of equipment, across the Oryx
   * changes of method-changes.json handled "likeForLike" (from 2026-05-04 Oryx lists no
   * reconnaissance UAVs and no unmanned ground vehicles, so they are left out of every day).
   * Every type key is present for both countries; all-null where a type does not exist for one.
   */
  countries: z.record(oryxCountrySchema, z.record(oryxTypeSchema, oryxStatusSeriesSchema)),
  /** As Oryx published them, for the keys whose like-for-like series differ (uavs, allTypes). */
  asPublished: z.optional(
    z.object({
      typeLabels: z.partialRecord(oryxTypeSchema, z.string()),
      countries: z.record(oryxCountrySchema, z.partialRecord(oryxTypeSchema, oryxStatusSeriesSchema)),
    }),
  ),
  mapping: z.array(categoryMappingSchema),
  /** How much each of the ledger's Oryx changes moved the series, measured from them. */
  methodChanges: z.optional(z.array(methodChangeMeasureSchema)),
});
export type OryxFile = z.infer<typeof oryxFileSchema>;
