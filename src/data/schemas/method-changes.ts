// public/data/method-changes.json: the sources' known changes of method and glitches, curated and
// cited by hand (pipeline/curated/method-changes.json). A change of method is data: the pipeline
// reads this list and applies it to every series it derives (like-for-like series, excluded days,
// clipped features, back-counts that are not one day's losses), and the app lists it in the Sources
// section and marks it on every chart and map whose range contains it. How much a change moved a
// series is never typed here: each source's own file measures it (see methodChangeMeasureSchema).
import { z } from "zod/mini";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";

/** The sources whose method changes are listed (ids as in the manifest's sources where one exists). */
export const methodChangeSourceSchema = z.enum(["generalStaff", "oryx", "nzz", "deepstate"]);
export type MethodChangeSource = z.infer<typeof methodChangeSourceSchema>;

/**
 * What kind of change: a new definition of what is counted or drawn, a broken upload, a category
 * first reported with a back-count, a renamed or removed category, a feature outside the area
 * measured, or a source that stopped and was continued by another.
 */
export const methodChangeKindSchema = z.enum([
  "definition",
  "glitch",
  "newCategory",
  "rename",
  "removal",
  "outsideArea",
  "sourceSwitch",
]);

/** How the dashboard handles it, one word each (the `handling` sentence says it in full). */
export const methodChangeHandlingSchema = z.enum([
  /** A like-for-like series on one definition is the default; "as published" stays one click away. */
  "likeForLike",
  /** The days are left out of every series (drawn as a gap) and marked. */
  "excluded",
  /** The part outside the measured area is clipped away. */
  "clipped",
  /** The first value counts everything before it: never read as one day's losses. */
  "backCount",
  /** Both names map to one stable key. */
  "mapped",
  /** Shown as published, marked where it falls. */
  "marked",
]);

export const methodChangeSchema = z.object({
  /** Stable id, `<source>-<first day>-<slug>`; source files' measures refer to it. */
  id: z.string().check(z.regex(/^[a-z]+-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/)),
  source: methodChangeSourceSchema,
  /** The first day the source shows the change. */
  from: isoDateSchema,
  /** The last day affected, for a glitch of a few days; absent when the change stays. */
  to: z.optional(isoDateSchema),
  kind: methodChangeKindSchema,
  handlingKind: methodChangeHandlingSchema,
  /** A few words for a chart marker, e.g. "NZZ drops pre-2022 areas". */
  label: z.string().check(z.maxLength(40)),
  /** What changed, in a sentence or two. */
  what: z.string(),
  /** How the dashboard handles it. */
  handling: z.string(),
  /** The series it touches: General Staff categories or Oryx type keys (empty: the whole source). */
  keys: z.optional(z.array(z.string())),
  citation: z.object({ name: z.string(), url: z.url() }),
});
export type MethodChange = z.infer<typeof methodChangeSchema>;

export const methodChangesFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  sources: z.array(sourceSchema),
  /** Sorted by day, then id. */
  changes: z.array(methodChangeSchema),
});
export type MethodChangesFile = z.infer<typeof methodChangesFileSchema>;

/**
 * How much a listed change moved a source's series, measured by the step that reads that source
 * and written into its own file (territory.json, oryx.json, losses.json) beside the series: e.g.
 * the area a definition change dropped, or an Oryx total before and after a removal.
 */
export const methodChangeMeasureSchema = z.object({
  id: z.string(),
  /** The day measured (the change's first day, or the source's first snapshot on or after it). */
  day: isoDateSchema,
  figures: z.array(
    z.object({
      /** e.g. "Russian-held area dropped", "Russia, All Types, before". */
      label: z.string(),
      value: z.number(),
      unit: z.enum(["km2", "items"]),
    }),
  ),
});
export type MethodChangeMeasure = z.infer<typeof methodChangeMeasureSchema>;
