// The committed public/data passes the semantic checks the app runs at load
// (src/data/checks/data-checks.ts): a build that would put an error panel on the page fails here.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkBasemap,
  checkClaims,
  checkEvents,
  checkLosses,
  checkManifest,
  checkMapChunk,
  checkMapIndex,
  checkOryx,
  checkTerritory,
  ukraineBounds,
} from "../src/data/checks/data-checks";
import { basemapFileSchema } from "../src/data/schemas/basemap";
import { claimsFileSchema } from "../src/data/schemas/claims";
import { eventsFileSchema } from "../src/data/schemas/events";
import { lossesFileSchema } from "../src/data/schemas/losses";
import { manifestFileSchema } from "../src/data/schemas/manifest";
import { mapChunkSchema, mapIndexSchema } from "../src/data/schemas/map";
import { oryxFileSchema } from "../src/data/schemas/oryx";
import { territoryFileSchema } from "../src/data/schemas/territory";

const path = (file: string) => fileURLToPath(new URL(`../public/data/${file}`, import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(path(file), "utf8"));

describe("committed public/data passes the load-time checks", () => {
  it("manifest, losses, oryx, events, claims, territory", () => {
    expect(checkManifest(manifestFileSchema.parse(read("manifest.json")))).toBeNull();
    expect(checkLosses(lossesFileSchema.parse(read("losses.json")))).toBeNull();
    expect(checkOryx(oryxFileSchema.parse(read("oryx.json")))).toBeNull();
    expect(checkEvents(eventsFileSchema.parse(read("events.json")))).toBeNull();
    expect(checkClaims(claimsFileSchema.parse(read("claims.json")))).toBeNull();
    expect(checkTerritory(territoryFileSchema.parse(read("territory.json")))).toBeNull();
  });

  it("basemap, map index and every map chunk (inside Ukraine's bounds)", () => {
    const basemap = basemapFileSchema.parse(read("basemap.json"));
    expect(checkBasemap(basemap)).toBeNull();
    const index = mapIndexSchema.parse(read("map/index.json"));
    expect(checkMapIndex(index)).toBeNull();
    const chunks = readdirSync(path("map")).filter((f) => f !== "index.json");
    expect(chunks.length).toBe(index.chunks.length);
    for (const file of chunks)
      expect([
        file,
        checkMapChunk(mapChunkSchema.parse(read(`map/${file}`)), ukraineBounds(basemap)),
      ]).toEqual([file, null]);
  }, 60_000);
});
