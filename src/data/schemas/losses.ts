// public/data/losses.json: Russian losses as claimed by Ukraine's General Staff.
import { z } from "zod";
import { isoDateSchema, nullableCountSeriesSchema, schemaVersionSchema, sourceSchema } from "./common";

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
  delta: z.number().int(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const generalStaffSchema = z.object({
  /** Every calendar day from the first to the last statement, no gaps. */
  dates: z.array(isoDateSchema),
  /** Cumulative totals since 2022-02-24, aligned with `dates`; null = not reported that day. */
  cumulative: z.record(generalStaffCategorySchema, nullableCountSeriesSchema),
  corrections: z.array(correctionSchema),
});
export type GeneralStaff = z.infer<typeof generalStaffSchema>;

export const lossesFileSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    sources: z.array(sourceSchema),
    generalStaff: generalStaffSchema,
  })
  .superRefine((file, ctx) => {
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
  });
export type LossesFile = z.infer<typeof lossesFileSchema>;
