// The settlements of place-history.json as rows, with a stable id each (the URL's ?place=), and the
// search over their names: one key per spelling (GeoNames' name, the curated aliases), folded by the
// rule the pipeline matches names with, Cyrillic read as GeoNames romanises it (placeSearchKey).
import type { LonLat } from "../../data/schemas/places";
import type { PlaceHistoryFile } from "../../data/schemas/place-history";
import { placeSearchKey } from "../../lib/place-names";
import { placeIds } from "../../lib/place-runs";

export interface PlaceEntry {
  /** "bakhmut-donetsk"; a second place of that name in the oblast gets "-2", and so on. */
  id: string;
  /** Row in the file's columns. */
  row: number;
  name: string;
  aliases: string[];
  region: string;
  lonLat: LonLat;
  /** Folded spellings, name first. */
  keys: string[];
}

export function derivePlaceIndex(file: PlaceHistoryFile): PlaceEntry[] {
  const p = file.places;
  const ids = placeIds(file);
  return p.name.map((name, row) => {
    const region = file.regions[p.region[row]!] ?? "";
    const aliases = p.aliases[row] ? p.aliases[row].split("|") : [];
    return {
      id: ids[row]!,
      row,
      name,
      aliases,
      region,
      lonLat: p.lonLat[row] as LonLat,
      keys: [name, ...aliases].map(placeSearchKey),
    };
  });
}

export interface PlaceMatch {
  entry: PlaceEntry;
  /** The spelling that matched, when it is not the place's own name ("Artemivsk" → Bakhmut). */
  matchedAlias: string | null;
}

/**
 * Places whose name or an alias is the query (folded), then those where one starts with it, then
 * those containing it; within each, the places the map labels (those with curated spellings: a
 * reader typing "Avdiivka" means the town, not a village of that name elsewhere) first, then file
 * (alphabetical) order; at most `limit`. An empty query finds nothing. One pass over the ~2,000
 * places: well under a millisecond per key.
 */
export function searchPlaces(entries: readonly PlaceEntry[], query: string, limit = 8): PlaceMatch[] {
  const q = placeSearchKey(query);
  if (q === "") return [];
  const tiers: PlaceMatch[][] = [[], [], [], [], [], []];
  const tests = [
    (key: string) => key === q,
    (key: string) => key.startsWith(q),
    (key: string) => key.includes(q),
  ];
  for (const entry of entries) {
    for (let t = 0; t < tests.length; t++) {
      const k = entry.keys.findIndex(tests[t]!);
      if (k < 0) continue;
      const tier = 2 * t + (entry.aliases.length > 0 ? 0 : 1);
      if (tiers[tier]!.length < limit)
        tiers[tier]!.push({ entry, matchedAlias: k === 0 ? null : (entry.aliases[k - 1] ?? null) });
      break;
    }
  }
  return tiers.flat().slice(0, limit);
}

/** The place nearest a point (a click on the map), or null when none lies within `maxKm`. */
export function nearestPlace(
  entries: readonly PlaceEntry[],
  [lon, lat]: readonly [number, number],
  maxKm: number,
): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestKm = maxKm;
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  for (const e of entries) {
    const km = Math.hypot((e.lonLat[0] - lon) * kx, (e.lonLat[1] - lat) * 110.57);
    if (km <= bestKm) {
      best = e;
      bestKm = km;
    }
  }
  return best;
}
