// public/data/manifest.json: the small file the app loads first, for the header's "as of" dates,
// the global date bounds and the credits, before the heavier files arrive.
import { z } from "zod/mini";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";

/**
 * Where the raw files came from, when they were brought by `npm run data:fetch` (absent when the
 * build read a raw folder without a fetch-manifest.json, such as ../shared/data).
 */
export const fetchSummarySchema = z.object({
  /** When the fetch run started (ISO time). */
  fetchedAt: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      /** "fetched" from upstream, or "seeded": a frozen archive copied once from a local raw folder. */
      origin: z.enum(["fetched", "seeded"]),
      /** Upstream base URL of the raw files (or the archive's home page). */
      upstream: z.string(),
      /** Upstream commit the files were read at, when known. */
      commit: z.nullable(z.string()),
      fetchedAt: z.nullable(z.string()),
      lastDay: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
      /** Daily records of a cumulative source, or day files of a per-day source. */
      records: z.int().check(z.nonnegative()),
      files: z.int().check(z.nonnegative()),
      bytes: z.int().check(z.nonnegative()),
      /** sha256 of the source's "sha256  path" lines (sha256sum format, sorted by path), listed in full
       *  in the raw folder's fetch-manifest.json. */
      sha256: z.string(),
    }),
  ),
});
export type FetchSummary = z.infer<typeof fetchSummarySchema>;

export const manifestFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  /** Every source of every file, deduplicated by id. */
  sources: z.array(sourceSchema),
  /** Earliest and latest date across all series: the limits of the global date range. */
  bounds: z.object({ from: isoDateSchema, to: isoDateSchema }),
  /** Each data file with its size in bytes, so the app can show what it downloads. */
  files: z.array(z.object({ path: z.string(), bytes: z.int().check(z.nonnegative()) })),
  /** Provenance of a build from fetched raw files (optional: absent for a build from ../shared/data). */
  fetch: z.optional(fetchSummarySchema),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;
