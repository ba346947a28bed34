// The app's zod schemas, by output path: the driver validates every file it is about to publish with
// the same schema the app parses it with. Files without an entry must at least be valid JSON.
import type { z } from "zod";
import { lossesFileSchema } from "../../src/data/schemas/losses";
import { oryxFileSchema } from "../../src/data/schemas/oryx";
import { eventsFileSchema } from "../../src/data/schemas/events";
import { placesFileSchema } from "../../src/data/schemas/places";
import { claimsFileSchema } from "../../src/data/schemas/claims";
import { manifestFileSchema } from "../../src/data/schemas/manifest";
import { territoryFileSchema } from "../../src/data/schemas/territory";
import { mapChunkSchema, mapIndexSchema } from "../../src/data/schemas/map";

export const OUTPUT_SCHEMAS: Record<string, z.ZodType> = {
  "losses.json": lossesFileSchema,
  "oryx.json": oryxFileSchema,
  "events.json": eventsFileSchema,
  "places.json": placesFileSchema,
  "claims.json": claimsFileSchema,
  "manifest.json": manifestFileSchema,
  "territory.json": territoryFileSchema,
  "map/index.json": mapIndexSchema,
};

/** The schema of an output file: its own entry, else every other map/*.json is a map chunk. */
export function schemaFor(file: string): z.ZodType | undefined {
  return OUTPUT_SCHEMAS[file] ?? (/^map\/[^/]+\.json$/.test(file) ? mapChunkSchema : undefined);
}

/** The first few problems of a failed parse, as one line: `path.to.field: message; …`. */
export function describeIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}
