// public/data/losses.json: Russian losses as claimed by Ukraine's General Staff.
import { z } from "zod/mini";
import {
  isoDateSchema,
  isoDateSeriesSchema,
  nullableCountSeriesSchema,
  schemaVersionSchema,
  sourceSchema,
} from "./common";

/** Stable category keys; the raw names drift (see pipeline/sources/general-staff.ts). */
export const GENERAL_STAFF_CATEGORIES = [
  "personnel",
  "tank",
  "apc",
  "artillery",
  "mlrs",
  "airDefense",
  "aircraft",
  "helicopter",
  "drone",
  "cruiseMissile",
  "ship",
  "submarine",
  "vehicle",
  "specialEquipment",
  "groundRobot",
] as const;
export const generalStaffCategorySchema = z.enum(GENERAL_STAFF_CATEGORIES);
export type GeneralStaffCategory = z.infer<typeof generalStaffCategorySchema>;

export const correctionSchema = z.object({
  date: isoDateSchema,
  category: generalStaffCategorySchema,
  /** Change the General Staff applied to its earlier cumulative total (can be negative). */
  delta: z.int(),
});
export type Correction = z.infer<typeof correctionSchema>;

/**
 * A fall of a cumulative total from one day to the next. The pipeline matches it to a listed
 * correction of the same category within ±1 day (the list is often dated a day off); this is the
 * one place that rule lives, so the build report and the chart always agree.
 */
export const negativeChangeSchema = z
  .object({
    date: isoDateSchema,
    category: generalStaffCategorySchema,
    /** Cumulative total the day before and on `date`. */
    from: z.int(),
    to: z.int(),
    /** The listed correction it matches; null = an unlisted revision. */
    correction: z.nullable(correctionSchema),
  })
  .check(
    z.refine((n) => n.to < n.from, { message: "a negative change must fall" }),
    z.refine((n) => n.correction === null || n.correction.category === n.category, {
      message: "a matched correction must be of the same category",
    }),
  );
export type NegativeChange = z.infer<typeof negativeChangeSchema>;

export const generalStaffSchema = z.object({
  /** Every calendar day from the first to the last statement, no gaps. */
  dates: isoDateSeriesSchema,
  /** Cumulative totals since 2022-02-24, aligned with `dates`; null = not reported that day. */
  cumulative: z.record(generalStaffCategorySchema, nullableCountSeriesSchema),
  corrections: z.array(correctionSchema),
  /** Every negative day-over-day change, by date, with the listed correction it matches. */
  negativeChanges: z.array(negativeChangeSchema),
});
export type GeneralStaff = z.infer<typeof generalStaffSchema>;

export const lossesFileSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    sources: z.array(sourceSchema),
    generalStaff: generalStaffSchema,
  })
  .check(
    z.superRefine((file, ctx) => {
      const n = file.generalStaff.dates.length;
      for (const [category, values] of Object.entries(file.generalStaff.cumulative)) {
        if (values.length !== n) {
          ctx.addIssue({
            code: "custom",
            path: ["generalStaff", "cumulative", category],
            message: `has ${values.length} values for ${n} dates`,
          });
        }
      }
    }),
  );
export type LossesFile = z.infer<typeof lossesFileSchema>;
