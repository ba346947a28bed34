// The app's zod schemas, by output path: the driver validates every file it is about to publish with
// the same schema the app parses it with. Files without an entry must at least be valid JSON.
import { config, type z } from "zod/mini";
import en from "zod/v4/locales/en.js";
import { lossesFileSchema } from "../../src/data/schemas/losses";
import { oryxFileSchema } from "../../src/data/schemas/oryx";
import { eventsFileSchema } from "../../src/data/schemas/events";
import { placesFileSchema } from "../../src/data/schemas/places";
import { claimsFileSchema } from "../../src/data/schemas/claims";
import { methodChangesFileSchema } from "../../src/data/schemas/method-changes";
import { manifestFileSchema } from "../../src/data/schemas/manifest";
import { territoryFileSchema } from "../../src/data/schemas/territory";
import { mapChunkSchema, mapIndexSchema } from "../../src/data/schemas/map";
import { basemapFileSchema } from "../../src/data/schemas/basemap";
import { placeHistoryFileSchema } from "../../src/data/schemas/place-history";
import {
  checkBasemap,
  checkClaims,
  checkEvents,
  checkLosses,
  checkManifest,
  checkMapIndex,
  checkOryx,
  checkTerritory,
  type CheckFailure,
} from "../../src/data/checks/data-checks";

// zod/mini ships no messages: English ones, so a failed build says what is wrong.
config(en());

export const OUTPUT_SCHEMAS: Record<string, z.core.$ZodType> = {
  "losses.json": lossesFileSchema,
  "oryx.json": oryxFileSchema,
  "events.json": eventsFileSchema,
  "places.json": placesFileSchema,
  "claims.json": claimsFileSchema,
  "method-changes.json": methodChangesFileSchema,
  "manifest.json": manifestFileSchema,
  "territory.json": territoryFileSchema,
  "map/index.json": mapIndexSchema,
  "basemap.json": basemapFileSchema,
  "place-history.json": placeHistoryFileSchema,
};

/**
 * The semantic check the app runs on a file after its schema (src/data/checks/data-checks.ts), so a
 * build the app would refuse is never published. Each takes the build day (no date after it). Map
 * chunks are checked against the basemap's bounds by the driver.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check takes its own file type
export const OUTPUT_CHECKS: Record<string, (data: any, buildDay: string) => CheckFailure | null> = {
  "losses.json": checkLosses,
  "oryx.json": checkOryx,
  "events.json": checkEvents,
  "claims.json": checkClaims,
  "manifest.json": checkManifest,
  "territory.json": checkTerritory,
  "map/index.json": checkMapIndex,
  "basemap.json": checkBasemap,
};

/** The schema of an output file: its own entry, else every other map/*.json is a map chunk. */
export function schemaFor(file: string): z.core.$ZodType | undefined {
  return OUTPUT_SCHEMAS[file] ?? (/^map\/[^/]+\.json$/.test(file) ? mapChunkSchema : undefined);
}

/** The first few problems of a failed parse, as one line: `path.to.field: message; …`. */
export function describeIssues(error: z.core.$ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}
