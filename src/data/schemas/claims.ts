// public/data/claims.json: dated public statements about the war, curated and cited by hand
// (pipeline/curated/claims.json), each with the checks the app runs against the data. The quoted
// figures are the statement's own; the verdict is always computed from the dataset.
import { z } from "zod/mini";
import { generalStaffCategorySchema } from "./losses";
import { oryxCountrySchema, oryxTypeSchema } from "./oryx";
import { sectorIdSchema } from "./territory";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";
import { placeTrackSchema } from "./place-history";

const citationSchema = z.object({ name: z.string(), url: z.url() });

/** How the quoted figure is compared: "equals" (exact), "atLeast" ("over 160", "more than"). */
export const comparatorSchema = z.enum(["equals", "atLeast"]);

/** A change over a window is value(to) − value(baseline): "55 since 18 July" has baseline 18 July. */
const windowFields = { baseline: isoDateSchema, to: isoDateSchema };

export const claimCheckSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("generalStaffTotal"),
    category: generalStaffCategorySchema,
    asOf: isoDateSchema,
    claimed: z.int().check(z.nonnegative()),
    comparator: comparatorSchema,
  }),
  z.object({
    kind: z.literal("generalStaffChange"),
    category: generalStaffCategorySchema,
    ...windowFields,
    claimed: z.int().check(z.nonnegative()),
    comparator: comparatorSchema,
  }),
  z.object({
    kind: z.literal("oryxTotal"),
    country: oryxCountrySchema,
    type: oryxTypeSchema,
    asOf: isoDateSchema,
    claimed: z.int().check(z.nonnegative()),
    comparator: comparatorSchema,
  }),
  z.object({
    kind: z.literal("oryxChange"),
    country: oryxCountrySchema,
    type: oryxTypeSchema,
    ...windowFields,
    claimed: z.int().check(z.nonnegative()),
    comparator: comparatorSchema,
  }),
  z.object({
    /** A qualitative claim that Ukraine advanced in a sector: Russia lost area there in the window. */
    kind: z.literal("territoryAdvance"),
    source: z.enum(["deepstate", "nzz"]),
    sector: sectorIdSchema,
    ...windowFields,
    /** Below this many km² retaken, a redrawn border is not counted as an advance. */
    minKm2: z.number().check(z.positive()),
  }),
  z.object({
    /**
     * "Took X on D": from which day a source's map showed the place Russian-held
     * (place-history.json), against the claimed day `asOf`.
     */
    kind: z.literal("placeHeld"),
    source: placeTrackSchema,
    /** The settlement's id in place-history.json (its GeoNames name and oblast, e.g. "avdiyivka-donetsk"). */
    place: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    asOf: isoDateSchema,
  }),
]);
export type ClaimCheck = z.infer<typeof claimCheckSchema>;

export const claimReadingSchema = z.object({
  /** "The whole war", "Since the counteroffensive began (4 June 2023)". */
  label: z.string(),
  /** Why this window: what the statement says or what the reading assumes. */
  why: z.string(),
  check: claimCheckSchema,
});
export type ClaimReading = z.infer<typeof claimReadingSchema>;

export const claimSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** The day the statement was made. */
  date: isoDateSchema,
  who: z.string(),
  /** The statement as reported (quoted). */
  quote: z.string(),
  /** What it counts, in plain words. */
  counts: z.string(),
  /** Where it was reported (e.g. the Newsweek article) and the primary source where there is one. */
  reportedBy: citationSchema,
  primary: z.nullable(citationSchema),
  /**
   * The claim's own source, whose readings give verdicts ("matches" / "differs"): the General Staff
   * for its own totals, Oryx for its counts, for a claim about the ground the daily map it is read
   * from. Readings against any other source are context. null: no source here is the claim's own
   * (a third party's figures), so every reading is context.
   */
  verdictSource: z.nullable(z.enum(["generalStaff", "oryx", "deepstate", "nzz"])),
  readings: z.array(claimReadingSchema).check(z.minLength(1)),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimsFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  claims: z.array(claimSchema),
});
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
