// Made-up territory fixtures for tests: lon/lat rectangles, and tiny raw folders laid out like
// ../shared/data (a square "Ukraine", DeepState and NZZ snapshots). No real-world geometry.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { boxAreaKm2, boxPolygon } from "../../../src/lib/geometry";
import { feature, featureCollection, type BBox, type Polygon } from "../../geo/polygons";

/** A lon/lat rectangle as a polygon of one closed counter-clockwise ring. */
export const rect: (box: BBox) => Polygon = boxPolygon;

/** Exact area on the sphere of the region between two meridians and two parallels, km². */
export const rectKm2: (box: BBox) => number = boxAreaKm2;

export const polygonGeometry = (polygon: Polygon) => ({ type: "Polygon", coordinates: polygon });

/** The fixtures' stand-in for Ukraine: 30–40°E, 45–50°N. */
export const FIXTURE_BOUNDARY: BBox = [30, 45, 40, 50];

export interface FixtureRaw {
  dir: string;
  write(relative: string, json: unknown): void;
  writeBytes(relative: string, bytes: Uint8Array): void;
}

export function makeTerritoryRaw(): FixtureRaw {
  const dir = mkdtempSync(join(tmpdir(), "territory-test-"));
  for (const sub of ["geo", "territory/deepstate", "territory/deepstate-occupied", "territory/nzz"])
    mkdirSync(join(dir, sub), { recursive: true });
  const writeBytes = (relative: string, bytes: Uint8Array) => writeFileSync(join(dir, relative), bytes);
  const write = (relative: string, json: unknown) => writeBytes(relative, gzipSync(JSON.stringify(json)));
  write(
    "geo/ukraine-boundary.geojson.gz",
    featureCollection([feature(polygonGeometry(rect(FIXTURE_BOUNDARY)))]),
  );
  return { dir, write, writeBytes };
}
