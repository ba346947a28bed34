// The work for one chunk of one territory track (a run of consecutive snapshot days), in stages:
// read each snapshot, union its occupied polygons and diff it against the previous state (1); cut the
// boundary to the chunk (2); clip the day shapes to Ukraine (3) and the changes piece by piece (4);
// measure (5); and, for the map, simplify the day shapes into a TopoJSON (6). Runs inside a worker thread (worker.ts) or inline; inputs and
// outputs are plain data.
import { createHash } from "node:crypto";
import { loadMapshaper } from "../../geo/load-mapshaper";
import { multiPolygonAreaKm2 } from "../../geo/area";
import { areaInBoxKm2 } from "../../geo/box-area";
import { clipPiecesToBoundary } from "../../geo/clip-pieces";
import type { MultiPolygon, Polygon } from "../../geo/polygons";
import { bboxOf, differenceOf, intersectionOf, shapesCollection } from "../../geo/polygons";
import { cutToBox } from "../../geo/windowed-xor";
import { multiPolygonContainsPoints, polygonBox } from "../../../src/lib/geometry";
import { sameShape } from "./like-for-like";
import { fallbackCount, robustUnion, robustXor } from "../../geo/robust-ops";
import { SECTORS } from "../../geo/sectors";
import type { Snapshot } from "../../sources/territory-read";
import type { TerritoryTrack } from "../../sources/territory-snapshot";
import { readSnapshotPolygons } from "../../sources/territory-snapshot";
import { LayerReader, POINT_STATUS, type LayerStatuses } from "./layer-points";

export { POINT_STATUS } from "./layer-points";

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
   * NZZ's adjacent MultiPolygons took ~0.5 s with polygon-clipping, and often threw), and Crimea
   * is added by area (Crimea minus its overlap with the day's shape) rather than by a union.
   */
  addPolygons: Polygon[] | null;
  /** Ukraine's boundary (simplified), the clip polygon. */
  boundary: MultiPolygon;
  /**
   * NZZ: DeepState's "occupied before 2022" layer (clipped to Ukraine, Crimea included). With it,
   * each state is also built like for like: its own shape plus the part of the layer it does not
   * draw (`gap`), so NZZ's 2024 change of definition (it stopped drawing the areas held before 2022)
   * is no change at all; its changes are the xor minus the layer (null: as published only).
   */
  insideLayer?: MultiPolygon | null;
  /**
   * Settlements whose status is read off every state (place-history.json): lon, lat interleaved,
   * or null. See pointStatuses.
   */
  points?: Float64Array | null;
  /**
   * NZZ: what it stopped drawing on a listed redraw day (its coastal strip of 2023-05-23), kept in
   * the like-for-like shape of every day as the pre-2022 layer is, so a redraw is no change on the
   * map or in the held area; never counted as inside the pre-2022 layer (`insideKm2`).
   */
  keptLayer?: MultiPolygon | null;
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
  /** Area of the source's own shape inside `insideLayer`, unrounded (only when the task has one). */
  insideKm2?: number;
  /** The same state like for like (own shape ∪ `insideLayer`), when the task has a layer. */
  lfl?: LikeForLikeState;
}

/** A state measured like for like: `addedKm2` is the part of the layer the source did not draw. */
export type LikeForLikeState = Pick<
  StateResult,
  "occupiedKm2" | "addedKm2" | "gainedKm2" | "lostKm2" | "sectors"
>;

export interface TrackResult {
  id: number;
  /** Each snapshot day → index into `states`; `changed` = geometry differs from the day before. */
  days: { date: string; state: number; changed: boolean }[];
  states: StateResult[];
  /** TopoJSON text with object `occupied`: one geometry per state, in order (when withMap). */
  topology: string | null;
  /** The same for the like-for-like states (tasks with an `insideLayer`), else null. */
  lflTopology: string | null;
  /** `fill | name` of features no rule classified, with counts. */
  unclassified: Record<string, number>;
  /** Largest |Δoccupied − (gained − lost)| between consecutive states, km² (a consistency check). */
  maxResidualKm2: number;
  fallbacks: { union: number; xor: number };
  /** DeepState: changes whose xor area is smaller than the net change, after re-clipping. */
  xorShortfalls: number;
  /** Like-for-like intersections redone with mapshaper (see like-for-like.ts). */
  insideFallbacks: number;
  /** Thread time spent in each stage, seconds (reported, to show where the step's time goes). */
  stageSeconds: Record<Stage, number>;
  /** Per state, each of the task's points' status (POINT_STATUS 0–2), or null without points. */
  pointStatus: Uint8Array[] | null;
  /**
   * DeepState history with points: per day, the points' liberated/contested layer codes (see
   * layer-points.ts; combined with `pointStatus` by dayStatuses), else null.
   */
  layerStatus: LayerStatuses | null;
}

export const STAGES = [
  "read",
  "union",
  "xor",
  "clip",
  "changes",
  "likeForLike",
  "measure",
  "map",
  "points",
  "layers",
] as const;
export type Stage = (typeof STAGES)[number];

/** Adds the time of each `time(stage, f)` call to its stage. */
function stageTimer() {
  const seconds = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const add = (stage: Stage, t0: number) => (seconds[stage] += (performance.now() - t0) / 1000);
  return {
    seconds,
    time<T>(stage: Stage, f: () => T): T {
      const t0 = performance.now();
      const out = f();
      add(stage, t0);
      return out;
    },
    async timeAsync<T>(stage: Stage, f: () => Promise<T>): Promise<T> {
      const t0 = performance.now();
      const out = await f();
      add(stage, t0);
      return out;
    },
  };
}
type StageTimer = ReturnType<typeof stageTimer>;

interface State {
  /** Russian-held area before clipping (a union; NZZ: its disjoint parts). */
  held: MultiPolygon;
  before2022: MultiPolygon | null;
  /**
   * The symmetric difference with the previous state. One xor costs half of two
   * differences; with Δ = new − old (clipped areas), gained = (xor + Δ) / 2 and lost = (xor − Δ) / 2.
   */
  changed: MultiPolygon | null;
  /** The xor with the state before it in the chunk, for the points' candidates (null for the first). */
  pointXor?: MultiPolygon | null;
}

/** A chunk's snapshots read and reduced to distinct states (stage 1), unclipped. */
export interface ChunkStates {
  /** The state before the chunk, or null at the start of a track. */
  previous: MultiPolygon | null;
  /** The previous state is the base of the first state's change (measured as state −1). */
  hasBasis: boolean;
  states: State[];
  days: TrackResult["days"];
  unclassified: Record<string, number>;
  insideFallbacks: number;
  /** DeepState history with points: its liberated and contested layers' codes per day, else null. */
  layers: LayerStatuses | null;
}

/**
 * Clipped shapes: occupied, before-2022, xor (changes), NZZ's Crimea and its overlap, and, like for
 * like, the part of the reference layer the day's shape leaves out (`gap`) and the xor minus the layer.
 */
type ShapeName = "occ" | "pre" | "xor" | "crimea" | "overlap" | "gap" | "gapPre" | "xorLfl";

/** Clipped shapes by name and state index (−1: the state before the chunk); a missing one is empty. */
class ClippedShapes {
  private readonly byKey = new Map<string, MultiPolygon>();
  get(name: ShapeName, i: number): MultiPolygon {
    return this.byKey.get(`${name}:${i}`) ?? [];
  }
  set(name: ShapeName, i: number, multi: MultiPolygon): void {
    this.byKey.set(`${name}:${i}`, multi);
  }
  areaKm2(name: ShapeName, i: number): number {
    return multiPolygonAreaKm2(this.get(name, i));
  }
}

/** Identity of a list of polygons: sha1 of its structure and coordinates as raw float64s (no JSON text). */
function hashOf(polygons: Polygon[]): string {
  const hash = createHash("sha1");
  hash.update(new Float64Array([polygons.length]));
  for (const polygon of polygons) {
    hash.update(new Float64Array([polygon.length]));
    for (const ring of polygon) {
      const values = new Float64Array(ring.length * 2 + 1);
      values[0] = ring.length;
      for (let i = 0; i < ring.length; i++) {
        values[2 * i + 1] = ring[i]![0];
        values[2 * i + 2] = ring[i]![1];
      }
      hash.update(values);
    }
  }
  return hash.digest("hex");
}

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

/** Runs the stages in order; the results are the same whichever thread runs the task. */
export async function runTrackTask(task: TrackTask, onFile: () => void = () => {}): Promise<TrackResult> {
  const fallbacksBefore = { ...fallbackCount };
  const timer = stageTimer();
  const chunk = await readStates(task, onFile, timer);
  const boundary = timer.time("clip", () => boundaryNear(task, chunk));
  const shapes = timer.time("clip", () => clipStates(task, chunk, boundary));
  timer.time("changes", () => clipChanges(chunk.states, shapes, boundary));
  const pre = task.insideLayer ?? null;
  const layer = pre ? [...pre, ...(task.keptLayer ?? [])] : null;
  if (layer) timer.time("likeForLike", () => likeForLikeShapes(chunk, shapes, layer, pre!.length));
  const measured = timer.time("measure", () => measureStates(chunk, shapes, task.addPolygons !== null, pre));
  const points = task.points ?? null;
  const pointStatus = points
    ? timer.time("points", () => pointStatuses(chunk.states, shapes, points, layer !== null))
    : null;
  const topology = task.withMap
    ? await timer.timeAsync("map", () =>
        mapTopology(chunk.states.length, (i) => shapes.get("occ", i), shapes.get("crimea", 0)),
      )
    : null;
  const lflTopology =
    task.withMap && layer
      ? await timer.timeAsync("map", () =>
          mapTopology(chunk.states.length, (i) => [...shapes.get("occ", i), ...shapes.get("gap", i)], []),
        )
      : null;
  return {
    id: task.id,
    days: chunk.days,
    states: measured.states,
    topology,
    lflTopology,
    unclassified: chunk.unclassified,
    maxResidualKm2: measured.maxResidualKm2,
    fallbacks: {
      union: fallbackCount.union - fallbacksBefore.union,
      xor: fallbackCount.xor - fallbacksBefore.xor,
    },
    xorShortfalls: measured.xorShortfalls,
    insideFallbacks: chunk.insideFallbacks,
    stageSeconds: timer.seconds,
    pointStatus,
    layerStatus: chunk.layers,
  };
}

/**
 * Stage 1: reads the snapshot before the chunk and each of its days, and reduces them to distinct
 * states: identical geometry → the same state (no union, no diff); a chunk always starts a state of
 * its own. Each new state is the union of the day's polygons (NZZ: its disjoint parts as they are)
 * and, with `withChanges`, its xor with the state before it.
 */
export async function readStates(
  task: TrackTask,
  onFile: () => void,
  timer: StageTimer = stageTimer(),
): Promise<ChunkStates> {
  const unclassified: Record<string, number> = {};
  const read = (s: Snapshot) =>
    timer.time("read", () => {
      const polygons = readSnapshotPolygons(task.track, s.file);
      for (const u of polygons.unclassified) unclassified[u] = (unclassified[u] ?? 0) + 1;
      return { ...polygons, key: hashOf(polygons.occupied) };
    });
  const heldOf = (occupied: Polygon[]) =>
    task.addPolygons !== null
      ? Promise.resolve(occupied)
      : timer.timeAsync("union", () => robustUnion(occupied));
  const before2022Cache = new Map<string, MultiPolygon>();
  const before2022Of = async (polygons: Polygon[]) => {
    const key = hashOf(polygons);
    const union = before2022Cache.get(key) ?? (await timer.timeAsync("union", () => robustUnion(polygons)));
    before2022Cache.set(key, union);
    return union;
  };

  const first = task.previous ? read(task.previous) : null;
  const previous = first ? await heldOf(first.occupied) : null;
  let previousHeld = previous;
  // "" = no previous state: the first day of the series counts as changed.
  let previousKey = first?.key ?? "";
  const states: State[] = [];
  const days: TrackResult["days"] = [];
  // The liberated/contested drawings change on days of their own, so they are read apart from
  // the held shape (a state is one held shape; a drawing may span several states or split one).
  const layers = task.points ? new LayerReader(task.boundary, task.points, hashOf) : null;
  for (const snapshot of task.snapshots) {
    const p = read(snapshot);
    const { liberated, contested } = p;
    if (layers && liberated && contested) timer.time("layers", () => layers.day(liberated, contested));
    const changed = p.key !== previousKey;
    if (changed || states.length === 0) {
      const held = await heldOf(p.occupied);
      const before2022 = p.before2022 ? await before2022Of(p.before2022) : null;
      const base = task.withChanges ? previousHeld : null;
      const xor = base ? (changed ? await timer.timeAsync("xor", () => robustXor(held, base)) : []) : null;
      // The points need what changed within the chunk; a task without changes measures it for them.
      const inChunk = states.length > 0 ? previousHeld : null;
      const pointXor =
        task.points && inChunk
          ? xor && task.withChanges
            ? xor
            : await timer.timeAsync("xor", () => robustXor(held, inChunk))
          : null;
      states.push({ held, before2022, changed: xor, pointXor });
      previousHeld = held;
      previousKey = p.key;
    }
    days.push({ date: snapshot.date, state: states.length - 1, changed });
    onFile();
  }
  return {
    previous,
    hasBasis: task.withChanges && previous !== null,
    states,
    days,
    unclassified,
    insideFallbacks: 0,
    layers: layers?.result() ?? null,
  };
}

/** Points within `margin` degrees of a box, from points sorted by longitude. */
function pointsNear(
  order: Uint32Array,
  points: Float64Array,
  [w, s, e, n]: [number, number, number, number],
  margin: number,
  out: Set<number>,
): void {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[2 * order[mid]!]! < w - margin) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < order.length; k++) {
    const p = order[k]!;
    if (points[2 * p]! > e + margin) break;
    const y = points[2 * p + 1]!;
    if (y >= s - margin && y <= n + margin) out.add(p);
  }
}

/**
 * Stage 7 (place history): each point's status in each state, by the shared point-in-polygon rule
 * (src/lib/geometry.ts) on the clipped shape the map draws (NZZ like for like: its shape plus the
 * gap, the part of the before-2022 layer it leaves out). The first state of the chunk tests every
 * point; a later one only the points near what changed since the state before it (its xor's
 * pieces' boxes + ~100 m), the others keep their status. The before-2022 layer is re-tested for
 * held points when its shape changes.
 */
function pointStatuses(
  states: State[],
  shapes: ClippedShapes,
  points: Float64Array,
  likeForLike: boolean,
): Uint8Array[] {
  const count = points.length / 2;
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => points[2 * a]! - points[2 * b]!,
  );
  const out: Uint8Array[] = [];
  let previousPre: MultiPolygon | null = null;
  states.forEach((state, i) => {
    const occ = shapes.get("occ", i);
    const gap = likeForLike ? shapes.get("gap", i) : [];
    const pre = state.before2022 ? shapes.get("pre", i) : null;
    const before = out[i - 1];
    let status: Uint8Array;
    if (!before) {
      // The chunk's first state: every point at once (multiPolygonContainsPoints walks the shape's edges once).
      const inOcc = multiPolygonContainsPoints(occ, points);
      const inGap = multiPolygonContainsPoints(gap, points);
      const inPre = pre ? multiPolygonContainsPoints(pre, points) : null;
      status = Uint8Array.from(inOcc, (v, p) =>
        v || inGap[p] ? (inPre?.[p] ? POINT_STATUS.heldBefore2022 : POINT_STATUS.held) : POINT_STATUS.notHeld,
      );
    } else {
      status = before.slice();
      const candidates = new Set<number>();
      for (const piece of state.pointXor ?? [])
        pointsNear(order, points, polygonBox(piece), 0.001, candidates);
      const inPre = pre && pre !== previousPre ? multiPolygonContainsPoints(pre, points) : null;
      if (inPre)
        for (let p = 0; p < count; p++)
          if (status[p] !== POINT_STATUS.notHeld)
            status[p] = inPre[p] ? POINT_STATUS.heldBefore2022 : POINT_STATUS.held;
      // The candidates tested together, by edge (one point against a whole front line is slow).
      const near = [...candidates];
      const at = Float64Array.from(near.flatMap((p) => [points[2 * p]!, points[2 * p + 1]!]));
      const inOcc = multiPolygonContainsPoints(occ, at);
      const inGap = multiPolygonContainsPoints(gap, at);
      const inPreNear = pre ? multiPolygonContainsPoints(pre, at) : null;
      near.forEach((p, k) => {
        status[p] =
          inOcc[k] || inGap[k]
            ? inPreNear?.[k]
              ? POINT_STATUS.heldBefore2022
              : POINT_STATUS.held
            : POINT_STATUS.notHeld;
      });
    }
    previousPre = pre;
    out.push(status);
  });
  return out;
}

/**
 * Stage 2: only the boundary near this chunk's shapes matters: it is cut to their box (+~5 km),
 * which drops the western border and coast from every clip of an eastern chunk.
 */
function boundaryNear(task: TrackTask, chunk: ChunkStates): MultiPolygon {
  const shapes = [chunk.previous ?? [], task.addPolygons ?? [], ...chunk.states.map((s) => s.held)];
  return cutToBox(task.boundary, bboxOf(shapes.flat(), 0.05));
}

/**
 * Stage 3: every day shape of the chunk clipped to the boundary (Clipper2, exact on its 0.1 m grid;
 * mapshaper's batch clip, used before, mis-assigned rings on some days and needed a re-clip check).
 * State −1, the one before the chunk, is clipped too: its area is the base of the first net change.
 * The before-2022 layer rarely changes: each distinct union is clipped once. NZZ: Crimea and the
 * overlap of each state with it are clipped as well, so that Crimea is added without double counting.
 */
function clipStates(task: TrackTask, chunk: ChunkStates, boundary: MultiPolygon): ClippedShapes {
  const nzzMode = task.addPolygons !== null;
  const shapes = new ClippedShapes();
  const clip = (multi: MultiPolygon | null) => intersectionOf(multi ?? [], boundary);
  const preCache = new Map<MultiPolygon, MultiPolygon>();
  if (chunk.hasBasis) shapes.set("occ", -1, clip(chunk.previous));
  chunk.states.forEach((s, i) => {
    shapes.set("occ", i, clip(s.held));
    s.held = []; // not needed again: freed now rather than with the chunk (peak memory)
    if (s.before2022) {
      const pre = preCache.get(s.before2022) ?? clip(s.before2022);
      preCache.set(s.before2022, pre);
      shapes.set("pre", i, pre);
    }
  });
  if (nzzMode) {
    const crimea = clip(task.addPolygons);
    shapes.set("crimea", 0, crimea);
    // Each day's shape is cut to Crimea's box first (~1 km margin, so the cut's edges lie outside
    // Crimea): the engine then sees only its nearby vertices, not the whole front.
    const crimeaBox = bboxOf(crimea, 0.01);
    const overlap = (i: number) => intersectionOf(cutToBox(shapes.get("occ", i), crimeaBox), crimea);
    if (chunk.hasBasis) shapes.set("overlap", -1, overlap(-1));
    chunk.states.forEach((_, i) => shapes.set("overlap", i, overlap(i)));
  }
  return shapes;
}

/** Stage 4: changes are small pieces, clipped on their own (see clip-pieces.ts). */
function clipChanges(states: State[], shapes: ClippedShapes, boundary: MultiPolygon): void {
  states.forEach((s, i) => {
    if (s.changed) shapes.set("xor", i, clipPiecesToBoundary(s.changed, boundary));
  });
}

/** A state's clipped areas, km² (unrounded): all of it, and its part in each sector's box. */
export interface Areas {
  occupiedKm2: number;
  sectorKm2: Record<string, number>;
}

export function sectorAreas(occupied: MultiPolygon): Record<string, number> {
  return Object.fromEntries(SECTORS.map((x) => [x.id, areaInBoxKm2(occupied, x.bbox)]));
}

/** [gained, lost] from what changed hands (xor) and the net change: (xor ± net) / 2, never negative. */
export function splitChange(xorKm2: number, net: number): [number, number] {
  return [Math.max(0, (xorKm2 + net) / 2), Math.max(0, (xorKm2 - net) / 2)];
}

/**
 * Gains and losses of one state since the one before, in all and per sector, from its xor and
 * the net change; `residualKm2` (|Δ − (gained − lost)|) and `shortfall` (xor < |Δ|) are checks.
 */
export function measureChange(xor: MultiPolygon, now: Areas, before: Areas) {
  const xorKm2 = multiPolygonAreaKm2(xor);
  const net = now.occupiedKm2 - before.occupiedKm2;
  const [gainedKm2, lostKm2] = splitChange(xorKm2, net);
  const sectors = Object.fromEntries(
    SECTORS.map((x) => [
      x.id,
      splitChange(areaInBoxKm2(xor, x.bbox), now.sectorKm2[x.id]! - before.sectorKm2[x.id]!),
    ]),
  );
  return {
    gainedKm2,
    lostKm2,
    sectors,
    residualKm2: Math.abs(now.occupiedKm2 - before.occupiedKm2 - gainedKm2 + lostKm2),
    shortfall: xorKm2 + 0.5 < Math.abs(net),
  };
}

/**
 * Like for like (NZZ), after stage 4: per state, the parts of the reference layer its shape leaves
 * out (`gap` = layer − shape, one layer part at a time against the shape cut to that part's box;
 * NZZ mostly redraws the front away from the layer, so an unchanged cut reuses the part's last
 * result), and its change minus the layer (`xorLfl`). Own shape ∪ layer = own shape + gap, disjoint.
 */
function likeForLikeShapes(
  chunk: ChunkStates,
  shapes: ClippedShapes,
  layer: MultiPolygon,
  keptFrom: number,
): void {
  // Each layer part on its own, against the shape cut to its box.
  const groups = layer.map((p, k) => ({ multi: [p], kept: k >= keptFrom }));
  const parts = groups.map(({ multi, kept }) => ({
    multi,
    kept,
    km2: kept ? multiPolygonAreaKm2(multi) : 0,
    box: bboxOf(multi),
    last: null as { cut: MultiPolygon; gap: MultiPolygon } | null,
  }));
  const gapOf = (occ: MultiPolygon, kept: boolean): MultiPolygon =>
    parts
      .filter((p) => p.kept === kept)
      .flatMap((p) => {
        const cut = cutToBox(occ, p.box);
        if (p.last && sameShape(p.last.cut, cut)) return p.last.gap;
        let gap = cut.length === 0 ? p.multi : differenceOf(p.multi, cut);
        // A part the shape only touches is left whole, as it was: the boolean engine's copy starts
        // its rings elsewhere, and a new copy each day would share no arcs in the map's topology.
        if (p.kept && gap !== p.multi && Math.abs(multiPolygonAreaKm2(gap) - p.km2) < 1e-3) gap = p.multi;
        p.last = { cut, gap };
        return gap;
      });
  // "gapPre": the pre-2022 layer's part left out; "gap": that plus the kept strip's.
  const setGaps = (i: number) => {
    const occ = shapes.get("occ", i);
    const gapPre = gapOf(occ, false);
    shapes.set("gapPre", i, gapPre);
    shapes.set("gap", i, [...gapPre, ...gapOf(occ, true)]);
  };
  if (chunk.hasBasis) setGaps(-1);
  chunk.states.forEach((_, i) => {
    setGaps(i);
    const xor = shapes.get("xor", i);
    if (xor.length > 0) shapes.set("xorLfl", i, differenceOf(xor, cutToBox(layer, bboxOf(xor, 0.01))));
  });
}

const roundSectors = (now: Areas, change: ReturnType<typeof measureChange> | null) =>
  Object.fromEntries(
    SECTORS.map((x) => [
      x.id,
      {
        occupiedKm2: round1(now.sectorKm2[x.id]!),
        gainedKm2: change ? round1(change.sectors[x.id]![0]) : null,
        lostKm2: change ? round1(change.sectors[x.id]![1]) : null,
      },
    ]),
  );

/**
 * Stage 5: each state's areas (NZZ: plus Crimea minus its overlap with the day's shape), and its
 * gains and losses since the state before it, rounded to 0.1 km²; with a reference `layer`, the
 * same like for like (own shape + gap; changes from the xor minus the layer).
 */
function measureStates(
  chunk: ChunkStates,
  shapes: ClippedShapes,
  nzzMode: boolean,
  layer: MultiPolygon | null,
) {
  const crimeaKm2 = nzzMode ? shapes.areaKm2("crimea", 0) : 0;
  const layerKm2 = layer ? multiPolygonAreaKm2(layer) : 0;
  const addedOf = (i: number) => (nzzMode ? crimeaKm2 - shapes.areaKm2("overlap", i) : null);
  const own = new Map<number, Areas>();
  const ownOf = (i: number): Areas => {
    let a = own.get(i);
    if (!a)
      own.set(
        i,
        (a = { occupiedKm2: shapes.areaKm2("occ", i), sectorKm2: sectorAreas(shapes.get("occ", i)) }),
      );
    return a;
  };
  const areasOf = (i: number): Areas => ({
    occupiedKm2: ownOf(i).occupiedKm2 + (addedOf(i) ?? 0),
    sectorKm2: ownOf(i).sectorKm2,
  });
  const lflOf = (i: number): Areas => {
    const gap = sectorAreas(shapes.get("gap", i));
    const o = ownOf(i);
    return {
      occupiedKm2: o.occupiedKm2 + shapes.areaKm2("gap", i),
      sectorKm2: Object.fromEntries(SECTORS.map((x) => [x.id, o.sectorKm2[x.id]! + gap[x.id]!])),
    };
  };
  let maxResidualKm2 = 0;
  let xorShortfalls = 0;
  let before = chunk.hasBasis ? areasOf(-1) : null;
  let lflBefore = chunk.hasBasis && layer ? lflOf(-1) : null;
  const states = chunk.states.map((s, i): StateResult => {
    const now = areasOf(i);
    const change = s.changed && before ? measureChange(shapes.get("xor", i), now, before) : null;
    if (change) {
      if (change.shortfall) xorShortfalls++;
      maxResidualKm2 = Math.max(maxResidualKm2, change.residualKm2);
    }
    before = now;
    const addedKm2 = addedOf(i);
    let lfl: LikeForLikeState | undefined;
    let insideKm2: number | undefined;
    if (layer) {
      const lflNow = lflOf(i);
      const lflChange =
        s.changed && lflBefore ? measureChange(shapes.get("xorLfl", i), lflNow, lflBefore) : null;
      lflBefore = lflNow;
      const gapKm2 = shapes.areaKm2("gap", i);
      insideKm2 = Math.max(0, layerKm2 - shapes.areaKm2("gapPre", i));
      lfl = {
        occupiedKm2: round1(lflNow.occupiedKm2),
        addedKm2: round1(gapKm2),
        gainedKm2: lflChange ? round1(lflChange.gainedKm2) : null,
        lostKm2: lflChange ? round1(lflChange.lostKm2) : null,
        sectors: roundSectors(lflNow, lflChange),
      };
    }
    return {
      ...(insideKm2 === undefined ? {} : { insideKm2 }),
      ...(lfl ? { lfl } : {}),
      occupiedKm2: round1(now.occupiedKm2),
      before2022Km2: s.before2022 ? round1(shapes.areaKm2("pre", i)) : null,
      addedKm2: addedKm2 === null ? null : round1(addedKm2),
      gainedKm2: change ? round1(change.gainedKm2) : null,
      lostKm2: change ? round1(change.lostKm2) : null,
      sectors: roundSectors(now, change),
    };
  });
  return { states, maxResidualKm2, xorShortfalls };
}

/**
 * Stage 6: the day shapes (already clipped) simplified with
 * their shared edges kept shared, and quantized, as one TopoJSON; `extra` is drawn with every shape
 * (NZZ: Crimea).
 */
export async function mapTopology(
  count: number,
  shapeOf: (i: number) => MultiPolygon,
  extra: MultiPolygon,
): Promise<string> {
  const input = shapesCollection(
    Array.from({ length: count }, (_, i) => ({
      properties: { k: "occ", i },
      multi: [...shapeOf(i), ...extra],
    })),
  );
  const out = await (
    await loadMapshaper()
  ).applyCommands(
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
