// The work for one chunk of one territory track (a run of consecutive snapshot days): read each
// snapshot, union its occupied polygons, diff it against the previous state, clip everything to
// Ukraine in one batch, measure, and (optionally) simplify the day shapes into a TopoJSON for the map.
// Runs inside a worker thread (territory-worker.ts) or inline; inputs and outputs are plain data.
import { createHash } from "node:crypto";
import mapshaper from "mapshaper";
import { multiPolygonAreaKm2 } from "../geo/area";
import { areaInBoxKm2 } from "../geo/box-area";
import { clipPiecesToBoundary } from "../geo/clip-pieces";
import type { BBox, MultiPolygon, Polygon } from "../geo/polygons";
import { cutToBox } from "../geo/windowed-xor";
import { intersectionOf } from "../geo/polygons";
import { fallbackCount, robustUnion, robustXor } from "../geo/robust-ops";
import { SECTORS } from "../geo/sectors";
import type { Snapshot } from "../sources/territory-read";
import type { TerritoryTrack } from "../sources/territory-snapshot";
import { readSnapshotPolygons } from "../sources/territory-snapshot";

/** Map simplification tolerance, metres (screen use: ~50 m is below a pixel at any zoom we draw). */
export const MAP_SIMPLIFY_METRES = 50;
/** TopoJSON quantization: 1e5 steps across the chunk's extent (≈15 m over Ukraine's ~1,300 km). */
export const MAP_QUANTIZATION = 100_000;

export interface TrackTask {
  id: number;
  track: TerritoryTrack;
  /** Snapshot days of this chunk, ascending. */
  snapshots: Snapshot[];
  /** The last snapshot before the chunk, the base of its first gains/losses (null at series start). */
  previous: Snapshot | null;
  /** Compute gains/losses (false for days only used to compare two DeepState extracts). */
  withChanges: boolean;
  withMap: boolean;
  /**
   * Polygons the source omits, added to every state (NZZ: Crimea), or null. Triggers NZZ mode: the
   * source's own parts (`nochange`, `gains`: disjoint by construction) are not unioned (a union of
   * NZZ's adjacent MultiPolygons takes ~0.5 s with polygon-clipping, and often throws), and Crimea
   * is added by area (Crimea minus its overlap with the day's shape) rather than by a union.
   */
  addPolygons: Polygon[] | null;
  /** Ukraine's boundary (simplified), the clip polygon. */
  boundary: MultiPolygon;
}

export interface SectorResult {
  occupiedKm2: number;
  gainedKm2: number | null;
  lostKm2: number | null;
}

export interface StateResult {
  occupiedKm2: number;
  /** Held before 2022 (DeepState history's own layer), or null where the source has no such layer. */
  before2022Km2: number | null;
  /** How much `addPolygons` added on top of the source's own area (NZZ: Crimea), or null. */
  addedKm2: number | null;
  /** Russian gains/losses since the previous state; null without a previous state. */
  gainedKm2: number | null;
  lostKm2: number | null;
  sectors: Record<string, SectorResult>;
}

export interface TrackResult {
  id: number;
  /** Each snapshot day → index into `states`; `changed` = geometry differs from the day before. */
  days: { date: string; state: number; changed: boolean }[];
  states: StateResult[];
  /** TopoJSON text with object `occupied`: one geometry per state, in order (when withMap). */
  topology: string | null;
  /** `fill | name` of features no rule classified, with counts. */
  unclassified: Record<string, number>;
  /** Largest |Δoccupied − (gained − lost)| between consecutive states, km² (a consistency check). */
  maxResidualKm2: number;
  fallbacks: { union: number; xor: number };
  /** DeepState: changes whose xor area is smaller than the net change, after re-clipping. */
  xorShortfalls: number;
  /** DeepState: day shapes re-clipped exactly because mapshaper's batch clip failed the check. */
  reclipped: number;
}

interface State {
  /** Russian-held area before clipping (a union; NZZ: its disjoint parts). */
  held: MultiPolygon;
  before2022: MultiPolygon | null;
  /**
   * The symmetric difference with the previous state. One xor costs half of two
   * differences; with Δ = new − old (clipped areas), gained = (xor + Δ) / 2 and lost = (xor − Δ) / 2.
   */
  changed: MultiPolygon | null;
}

type ClipKind = "occ" | "pre" | "xor";

function hashOf(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("hex");
}

function asMulti(geometry: { type: string; coordinates: unknown } | null): MultiPolygon {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates as Polygon];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as MultiPolygon;
  return [];
}

function featureCollection(features: { k: ClipKind; i: number; multi: MultiPolygon | null }[]) {
  return {
    type: "FeatureCollection",
    features: features
      .filter((f) => f.multi && f.multi.length > 0)
      .map(({ k, i, multi }) => ({
        type: "Feature",
        properties: { k, i },
        geometry: { type: "MultiPolygon", coordinates: multi },
      })),
  };
}

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

/** Box around all shapes, widened by `margin` degrees. */
function shapesBox(shapes: (MultiPolygon | null)[], margin: number): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const multi of shapes)
    for (const polygon of multi ?? [])
      for (const [x, y] of polygon[0] ?? []) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return [w - margin, s - margin, e + margin, n + margin];
}

export async function runTrackTask(task: TrackTask, onFile: () => void = () => {}): Promise<TrackResult> {
  const fallbacksBefore = { ...fallbackCount };
  const nzzMode = task.addPolygons !== null;
  const unclassified: Record<string, number> = {};
  const read = (s: Snapshot) => {
    const polygons = readSnapshotPolygons(task.track, s.file);
    for (const u of polygons.unclassified) unclassified[u] = (unclassified[u] ?? 0) + 1;
    return polygons;
  };
  const heldOf = (occupied: Polygon[]) => (nzzMode ? Promise.resolve(occupied) : robustUnion(occupied));

  let previousHeld: MultiPolygon | null = null;
  let previousBase: MultiPolygon | null = null;
  // "" = no previous state: the first day of the series counts as changed.
  let previousKey = "";
  if (task.previous) {
    const p = read(task.previous);
    previousHeld = await heldOf(p.occupied);
    previousBase = previousHeld;
    previousKey = hashOf(p.occupied);
  }

  const states: State[] = [];
  const days: TrackResult["days"] = [];
  const before2022Cache = new Map<string, MultiPolygon>();
  for (const snapshot of task.snapshots) {
    const p = read(snapshot);
    const key = hashOf(p.occupied);
    const changed = key !== previousKey;
    // Identical geometry → the same state (no union, no diff); a chunk always starts a state of its own.
    if (changed || states.length === 0) {
      const held = await heldOf(p.occupied);
      let before2022: MultiPolygon | null = null;
      if (p.before2022) {
        const preKey = hashOf(p.before2022);
        before2022 = before2022Cache.get(preKey) ?? (await robustUnion(p.before2022));
        before2022Cache.set(preKey, before2022);
      }
      const base = task.withChanges ? previousHeld : null;
      const xor = base ? (changed ? await robustXor(held, base) : []) : null;
      states.push({ held, before2022, changed: xor });
      previousHeld = held;
      previousKey = key;
    }
    days.push({ date: snapshot.date, state: states.length - 1, changed });
    onFile();
  }

  // One mapshaper run clips every shape of the chunk against the boundary (it builds the boundary's
  // topology once, which is what makes it ~10× faster than clipping day by day).
  // State -1: the one before the chunk, whose clipped area is the base of the first net change.
  const basis = task.withChanges && task.previous ? [{ k: "occ" as const, i: -1, multi: previousBase }] : [];
  const shapesIn = featureCollection(
    states.flatMap((s, i) => [
      ...(i === 0 ? basis : []),
      { k: "occ" as const, i, multi: s.held },
      { k: "pre" as const, i, multi: s.before2022 },
    ]),
  );
  // NZZ: the overlap of each state with Crimea, so that Crimea is added without double counting.
  const overlapIn = featureCollection(
    nzzMode ? [...basis, ...states.map((s, i) => ({ k: "occ" as const, i, multi: s.held }))] : [],
  );
  const crimeaIn = featureCollection([{ k: "occ", i: 0, multi: task.addPolygons ?? [] }]);
  // Only the boundary near this chunk's shapes matters: cut it to their box (+~5 km), which drops
  // the western border and coast from every clip of an eastern chunk.
  const boundary = cutToBox(
    task.boundary,
    shapesBox([previousBase, task.addPolygons, ...states.map((s) => s.held)], 0.05),
  );
  const boundaryIn = featureCollection([{ k: "occ", i: 0, multi: boundary }]);
  const crimeaCommands = nzzMode
    ? "-clip boundary target=crimea -clip crimea target=overlap " +
      "-o crimea-out.json target=crimea format=geojson -o overlap-out.json target=overlap format=geojson "
    : "";
  const out = await mapshaper.applyCommands(
    "-i shapes.json boundary.json crimea.json overlap.json combine-files -clip boundary target=shapes " +
      `-o clipped.json target=shapes format=geojson ${crimeaCommands}`,
    {
      "shapes.json": shapesIn,
      "boundary.json": boundaryIn,
      "crimea.json": crimeaIn,
      "overlap.json": overlapIn,
    },
  );
  const shapes = new Map<string, MultiPolygon>();
  const collect = (name: string, prefix: string) => {
    const text = out[name];
    if (!text) return;
    const json = JSON.parse(String(text)) as {
      features?: {
        properties: { k: ClipKind; i: number };
        geometry: { type: string; coordinates: unknown } | null;
      }[];
    };
    for (const f of json.features ?? [])
      shapes.set(`${prefix}${f.properties.k}:${f.properties.i}`, asMulti(f.geometry));
  };
  collect("clipped.json", "");
  collect("crimea-out.json", "crimea/");
  collect("overlap-out.json", "overlap/");
  // Changes are small pieces, clipped on their own (see clip-pieces.ts for why not in the batch).
  states.forEach((s, i) => {
    if (s.changed) shapes.set(`xor:${i}`, clipPiecesToBoundary(s.changed, boundary));
  });
  const shape = (k: string, i: number): MultiPolygon => shapes.get(`${k}:${i}`) ?? [];
  const crimeaKm2 = nzzMode ? multiPolygonAreaKm2(shape("crimea/occ", 0)) : 0;

  // Guard against a mis-clipped day shape: a net change larger than everything that changed hands
  // (|Δ| > xor) is impossible, so both states are re-clipped exactly with polygon-clipping.
  const reclipped = new Set<number>();
  const reclip = (i: number) => {
    if (reclipped.has(i)) return;
    reclipped.add(i);
    const held = i < 0 ? previousBase : states[i]!.held;
    try {
      shapes.set(`occ:${i}`, intersectionOf(held ?? [], boundary));
    } catch {
      // keep mapshaper's shape; the shortfall stays counted in the report
    }
  };
  states.forEach((s, i) => {
    if (!s.changed || (i === 0 && basis.length === 0)) return;
    const net = multiPolygonAreaKm2(shape("occ", i)) - multiPolygonAreaKm2(shape("occ", i - 1));
    if (multiPolygonAreaKm2(shape("xor", i)) + 1 < Math.abs(net)) {
      reclip(i);
      reclip(i - 1);
    }
  });

  let maxResidualKm2 = 0;
  let xorShortfalls = 0;
  const occupiedOf = (i: number): number => {
    const addedKm2 = nzzMode ? crimeaKm2 - multiPolygonAreaKm2(shape("overlap/occ", i)) : 0;
    return multiPolygonAreaKm2(shape("occ", i)) + addedKm2;
  };
  let previousOccupied: number | null = basis.length > 0 ? occupiedOf(-1) : null;
  let previousSectors: Record<string, number> | null =
    basis.length > 0
      ? Object.fromEntries(SECTORS.map((x) => [x.id, areaInBoxKm2(shape("occ", -1), x.bbox)]))
      : null;
  const results: StateResult[] = states.map((s, i) => {
    const occ = shape("occ", i);
    const addedKm2 = nzzMode ? crimeaKm2 - multiPolygonAreaKm2(shape("overlap/occ", i)) : null;
    const occupiedKm2 = occupiedOf(i);
    const sectorOccupied = Object.fromEntries(SECTORS.map((x) => [x.id, areaInBoxKm2(occ, x.bbox)]));
    // Gains and losses: NZZ's own features; DeepState's from the xor and the net change.
    const split = (xorKm2: number, net: number): [number, number] => [
      Math.max(0, (xorKm2 + net) / 2),
      Math.max(0, (xorKm2 - net) / 2),
    ];
    let gainedKm2: number | null = null;
    let lostKm2: number | null = null;
    const sectors: Record<string, SectorResult> = {};
    if (s.changed && previousOccupied !== null && previousSectors !== null) {
      const xorKm2 = multiPolygonAreaKm2(shape("xor", i));
      const net = occupiedKm2 - previousOccupied;
      if (xorKm2 + 0.5 < Math.abs(net)) xorShortfalls++;
      [gainedKm2, lostKm2] = split(xorKm2, net);
      for (const x of SECTORS) {
        const [g, l] = split(
          areaInBoxKm2(shape("xor", i), x.bbox),
          sectorOccupied[x.id]! - previousSectors[x.id]!,
        );
        sectors[x.id] = {
          occupiedKm2: round1(sectorOccupied[x.id]!),
          gainedKm2: round1(g),
          lostKm2: round1(l),
        };
      }
    } else {
      for (const x of SECTORS)
        sectors[x.id] = { occupiedKm2: round1(sectorOccupied[x.id]!), gainedKm2: null, lostKm2: null };
    }
    if (previousOccupied !== null && gainedKm2 !== null && lostKm2 !== null)
      maxResidualKm2 = Math.max(
        maxResidualKm2,
        Math.abs(occupiedKm2 - previousOccupied - gainedKm2 + lostKm2),
      );
    previousOccupied = occupiedKm2;
    previousSectors = sectorOccupied;
    return {
      occupiedKm2: round1(occupiedKm2),
      before2022Km2: s.before2022 ? round1(multiPolygonAreaKm2(shape("pre", i))) : null,
      addedKm2: addedKm2 === null ? null : round1(addedKm2),
      gainedKm2: gainedKm2 === null ? null : round1(gainedKm2),
      lostKm2: lostKm2 === null ? null : round1(lostKm2),
      sectors,
    };
  });

  return {
    id: task.id,
    days,
    states: results,
    topology: task.withMap
      ? await mapTopology(states.length, (i) => shape("occ", i), nzzMode ? shape("crimea/occ", 0) : [])
      : null,
    unclassified,
    maxResidualKm2,
    fallbacks: {
      union: fallbackCount.union - fallbacksBefore.union,
      xor: fallbackCount.xor - fallbacksBefore.xor,
    },
    xorShortfalls,
    reclipped: reclipped.size,
  };
}

/**
 * The day shapes (already clipped, and re-clipped where the check asked for it) simplified with
 * their shared edges kept shared, and quantized, as one TopoJSON; `extra` is drawn with every shape
 * (NZZ: Crimea).
 */
export async function mapTopology(
  count: number,
  shapeOf: (i: number) => MultiPolygon,
  extra: MultiPolygon,
): Promise<string> {
  const input = featureCollection(
    Array.from({ length: count }, (_, i) => ({ k: "occ" as const, i, multi: [...shapeOf(i), ...extra] })),
  );
  const out = await mapshaper.applyCommands(
    `-i days.json -simplify interval=${MAP_SIMPLIFY_METRES} keep-shapes ` +
      `-o map.json format=topojson quantization=${MAP_QUANTIZATION}`,
    { "days.json": input },
  );
  return normaliseTopology(String(out["map.json"]), count);
}

/** Renames mapshaper's object to `occupied`, drops properties and checks one geometry per state. */
function normaliseTopology(text: string, stateCount: number): string {
  const topology = JSON.parse(text) as {
    objects: Record<
      string,
      { geometries: { type: string | null; arcs?: unknown; properties?: { i: number } }[] }
    >;
  };
  const layer = Object.values(topology.objects)[0];
  const byState: object[] = Array.from({ length: stateCount }, () => ({ type: null }));
  for (const g of layer?.geometries ?? []) {
    const i = g.properties?.i;
    if (i === undefined) continue;
    byState[i] = g.type ? { type: g.type, arcs: g.arcs } : { type: null };
  }
  return JSON.stringify({
    ...topology,
    objects: { occupied: { type: "GeometryCollection", geometries: byState } },
  });
}
