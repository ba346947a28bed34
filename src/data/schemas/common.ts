// Shared building blocks of the dataset contract. The pipeline validates what it writes with
// these schemas and the app parses what it fetches with the same ones (see public/data/README.md).
import { z } from "zod/mini";

/** Bumped whenever a file's shape changes in a way old readers cannot parse. */
export const SCHEMA_VERSION = 1;
export const schemaVersionSchema = z.literal(SCHEMA_VERSION);

/** A calendar day, `YYYY-MM-DD`, in UTC. Branded so it is not mixed up with other strings. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z
  .string()
  .check(z.regex(ISO_DATE, "expected a date as YYYY-MM-DD"))
  .brand<"IsoDate">();
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Square kilometres, measured on an equal-area projection. */
export const km2Schema = z.number().check(z.nonnegative()).brand<"Km2">();
export type Km2 = z.infer<typeof km2Schema>;

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * An array whose items are each checked by `isValid`, in one loop. The long series (a value per day
 * per category) are checked this way rather than with a schema per item: parsing item by item was
 * most of the time the page spent validating the losses file before drawing its first chart. A bad
 * item still gets an issue at its own index ("cumulative.tank[812]: expected …, received string").
 */
function seriesSchema<T>(isValid: (v: unknown) => boolean, expected: string) {
  return z
    .custom<T[]>(Array.isArray, { error: (iss) => `expected an array, received ${typeName(iss.input)}` })
    .check(
      z.superRefine((items, ctx) => {
        for (let i = 0; i < items.length; i++) {
          const v: unknown = items[i];
          if (!isValid(v)) {
            ctx.addIssue({
              code: "custom",
              input: v,
              path: [i],
              message: `expected ${expected}, received ${typeName(v) === "string" ? JSON.stringify(v) : typeName(v)}`,
            });
            return;
          }
        }
      }),
    );
}

/** Days in order, aligned with the series beside them. */
export const isoDateSeriesSchema = seriesSchema<IsoDate>(
  (v) => typeof v === "string" && ISO_DATE.test(v),
  "a date as YYYY-MM-DD",
);

/** A count aligned with a `dates` array; null where the source did not report that day. */
export const nullableCountSeriesSchema = seriesSchema<number | null>(
  (v) => v === null || Number.isSafeInteger(v),
  "an integer or null",
);

/** Square kilometres aligned with a `dates` array (km2Schema's rule: finite, not negative). */
export const km2SeriesSchema = seriesSchema<Km2>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0,
  "a number of km² (0 or more)",
);

/** As km2SeriesSchema; null where the value cannot be measured that day. */
export const nullableKm2SeriesSchema = seriesSchema<Km2 | null>(
  (v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0),
  "a number of km² (0 or more) or null",
);

/** A flag per day. */
export const booleanSeriesSchema = seriesSchema<boolean>((v) => typeof v === "boolean", "true or false");

/** Credit and scope of one source, shown in the app next to every figure it feeds. */
export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.url(),
  /** Licence or terms of use, as stated by the source (or "no licence stated"). */
  licence: z.string(),
  /** What the source counts, in one or two plain sentences. */
  counts: z.string(),
  /** What it does not count / known caveats. */
  caveats: z.string(),
  firstDate: isoDateSchema,
  lastDate: isoDateSchema,
  /**
   * "reference" marks a source that is not a dated series (a curated list, a gazetteer): it is
   * credited, but left out of the header's "as of" line. Absent means a dated series.
   */
  kind: z.optional(z.enum(["series", "reference"])),
  /** A few words for tight spaces (the header's data ages), e.g. "General Staff". */
  shortName: z.optional(z.string()),
  /** Why a series ends where it does when it stopped upstream, e.g. "the archive stopped". */
  endNote: z.optional(z.string()),
  /** The id of the source the dashboard continues this one with after its last day. */
  continuedBy: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

/** Casts a plain string to IsoDate after checking its form; for code outside the parse boundary. */
export function toIsoDate(value: string): IsoDate {
  return isoDateSchema.parse(value);
}
