// public/data/oryx.json: equipment losses visually confirmed by Oryx, for Russia and Ukraine.
import { z } from "zod/mini";
import { ORYX_COUNTRIES, ORYX_TYPES } from "./keys";

export { ORYX_COUNTRIES, ORYX_TYPES };
import { generalStaffCategorySchema } from "./losses";
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
  /** Every type key is present for both countries; all-null where a type does not exist for one. */
  countries: z.record(oryxCountrySchema, z.record(oryxTypeSchema, oryxStatusSeriesSchema)),
  mapping: z.array(categoryMappingSchema),
});
export type OryxFile = z.infer<typeof oryxFileSchema>;
