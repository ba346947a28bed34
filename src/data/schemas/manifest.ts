// public/data/manifest.json: the small file the app loads first, for the header's "as of" dates,
// the global date bounds and the credits, before the heavier files arrive.
import { z } from "zod/mini";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";

export const manifestFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  /** Every source of every file, deduplicated by id. */
  sources: z.array(sourceSchema),
  /** Earliest and latest date across all series: the limits of the global date range. */
  bounds: z.object({ from: isoDateSchema, to: isoDateSchema }),
  /** Each data file with its size in bytes, so the app can show what it downloads. */
  files: z.array(z.object({ path: z.string(), bytes: z.int().check(z.nonnegative()) })),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;
