// SVG path data of a chunk's shapes built from its TopoJSON arcs. Each arc is decoded and projected
// once per projection; a day's shape then only joins its arcs' strings. Consecutive days share
// almost every arc, so a slider step no longer decodes and re-projects the whole front line (that
// cost ~all of a step's script time and most of its garbage). Same output as pathOf (d3-geo, 2
// decimals, rings wound as rewindForD3 winds them) up to one repeated closing point per ring.
import type { GeoProjection } from "d3-geo";
import type { MapChunk } from "../../../data/schemas/map";
import { boxContains, boxesOverlap } from "../../../lib/geometry";
import { boundsOf, clipRing, ringD, simplifyLine, type Rect, type ViewWindow } from "./view-window";

type Topology = MapChunk["topology"];

interface Arcs {
  /** Projected points, x and y interleaved. */
  xy: Float64Array[];
  /** Twice the signed lon/lat area contributed by each arc's edges (as rewindForD3 sums them). */
  area: number[];
  /** "Lx,y…" of each arc's points after its first, forwards and backwards (built when first used). */
  forward: (string | undefined)[];
  backward: (string | undefined)[];
  /** Path data per shape index. */
  shapes: Map<number, string>;
  /** Arcs simplified for a detail level (built when first used). */
  levels: Map<number, Level>;
  /** Path data per shape index within the last two windows asked for (by window key). */
  windowed: Map<string, Map<number, string>>;
}

interface Level {
  xy: (Float64Array | undefined)[];
  bounds: (Rect | undefined)[];
  forward: (string | undefined)[];
  backward: (string | undefined)[];
}

const caches = new WeakMap<GeoProjection, WeakMap<Topology, Arcs>>();

const round = (v: number) => Math.round(v * 100) / 100;

function decode(projection: GeoProjection, topology: Topology): Arcs {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const xy: Float64Array[] = [];
  const area: number[] = [];
  for (const arc of topology.arcs) {
    const out = new Float64Array(arc.length * 2);
    let qx = 0;
    let qy = 0;
    let s = 0;
    let plon = 0;
    let plat = 0;
    for (let i = 0; i < arc.length; i++) {
      // Quantized and delta-encoded (TopoJSON): positions are running sums times the scale.
      qx += arc[i]![0]!;
      qy += arc[i]![1]!;
      const lon = qx * sx + tx;
      const lat = qy * sy + ty;
      if (i > 0) s += (plon - lon) * (plat + lat);
      plon = lon;
      plat = lat;
      const p = projection([lon, lat]) ?? [NaN, NaN];
      out[2 * i] = round(p[0]);
      out[2 * i + 1] = round(p[1]);
    }
    xy.push(out);
    area.push(s);
  }
  return { xy, area, forward: [], backward: [], shapes: new Map(), levels: new Map(), windowed: new Map() };
}

function arcsOf(projection: GeoProjection, topology: Topology): Arcs {
  let byTopology = caches.get(projection);
  if (!byTopology) caches.set(projection, (byTopology = new WeakMap()));
  let arcs = byTopology.get(topology);
  if (!arcs) byTopology.set(topology, (arcs = decode(projection, topology)));
  return arcs;
}

/** "Lx,y…" of arc `index` (negative: ~index reversed), without its first point. */
function segment(arcs: Arcs, index: number): string {
  const reversed = index < 0;
  const i = reversed ? ~index : index;
  const cache = reversed ? arcs.backward : arcs.forward;
  let s = cache[i];
  if (s === undefined) cache[i] = s = joinSegment(arcs.xy[i]!, reversed);
  return s;
}

/** "Lx,y…" of flat [x, y, x, y, …] points without the first (the last, reversed). */
function joinSegment(xy: ArrayLike<number>, reversed: boolean): string {
  const n = xy.length / 2;
  const parts: string[] = [];
  if (reversed) for (let k = n - 2; k >= 0; k--) parts.push(`L${xy[2 * k]},${xy[2 * k + 1]}`);
  else for (let k = 1; k < n; k++) parts.push(`L${xy[2 * k]},${xy[2 * k + 1]}`);
  return parts.join("");
}

function firstPoint(arcs: Arcs, index: number): string {
  const xy = arcs.xy[index < 0 ? ~index : index]!;
  const k = index < 0 ? xy.length / 2 - 1 : 0;
  return `M${xy[2 * k]},${xy[2 * k + 1]}`;
}

/** The ring's arcs in drawing order: rewindForD3's winding (outer clockwise, holes counter-clockwise). */
function rewound(arcs: Arcs, ring: readonly number[], outer: boolean): readonly number[] {
  let area = 0;
  for (const a of ring) area += a < 0 ? -arcs.area[~a]! : arcs.area[a]!;
  // area > 0 is counter-clockwise.
  return outer === area > 0 ? [...ring].reverse().map((a) => ~a) : ring;
}

function ringPath(arcs: Arcs, ring: readonly number[], outer: boolean): string {
  const order = rewound(arcs, ring, outer);
  if (order.length === 0) return "";
  return firstPoint(arcs, order[0]!) + order.map((a) => segment(arcs, a)).join("") + "Z";
}

function levelOf(arcs: Arcs, win: ViewWindow): Level {
  let level = arcs.levels.get(win.level);
  if (!level) arcs.levels.set(win.level, (level = { xy: [], bounds: [], forward: [], backward: [] }));
  return level;
}

/** Arc `i` simplified for the level (each arc alone, ends kept: neighbouring shapes still meet). */
function simpleArc(arcs: Arcs, level: Level, win: ViewWindow, i: number): Float64Array {
  let xy = level.xy[i];
  if (!xy) level.xy[i] = xy = simplifyLine(arcs.xy[i]!, win.tolerance);
  return xy;
}

function simpleBounds(arcs: Arcs, level: Level, win: ViewWindow, i: number): Rect {
  let b = level.bounds[i];
  if (!b) level.bounds[i] = b = boundsOf(simpleArc(arcs, level, win, i));
  return b;
}

/** Like `segment`, from the level's simplified arcs. */
function simpleSegment(arcs: Arcs, level: Level, win: ViewWindow, index: number): string {
  const reversed = index < 0;
  const i = reversed ? ~index : index;
  const cache = reversed ? level.backward : level.forward;
  let s = cache[i];
  if (s === undefined) cache[i] = s = joinSegment(simpleArc(arcs, level, win, i), reversed);
  return s;
}

/** A ring drawn for a window: left out if outside it, joined from cached strings if inside, else cut to it. */
function windowRingPath(arcs: Arcs, win: ViewWindow, ring: readonly number[], outer: boolean): string {
  const order = rewound(arcs, ring, outer);
  if (order.length === 0) return "";
  const level = levelOf(arcs, win);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const a of order) {
    const b = simpleBounds(arcs, level, win, a < 0 ? ~a : a);
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  const box: Rect = [x0, y0, x1, y1];
  if (!boxesOverlap(box, win.rect)) return "";
  const first = order[0]!;
  if (boxContains(win.rect, box)) {
    const xy = simpleArc(arcs, level, win, first < 0 ? ~first : first);
    const k = first < 0 ? xy.length / 2 - 1 : 0;
    return (
      `M${xy[2 * k]},${xy[2 * k + 1]}` + order.map((a) => simpleSegment(arcs, level, win, a)).join("") + "Z"
    );
  }
  // The ring's points, each arc's first point left out (it is the previous arc's last).
  const pts: number[] = [];
  for (const a of order) {
    const xy = simpleArc(arcs, level, win, a < 0 ? ~a : a);
    const n = xy.length / 2;
    const start = pts.length === 0 ? 0 : 1;
    if (a < 0) for (let k = n - 1 - start; k >= 0; k--) pts.push(xy[2 * k]!, xy[2 * k + 1]!);
    else for (let k = start; k < n; k++) pts.push(xy[2 * k]!, xy[2 * k + 1]!);
  }
  // Closed: the last point repeats the first.
  if (pts.length >= 4 && pts[0] === pts[pts.length - 2] && pts[1] === pts[pts.length - 1]) pts.length -= 2;
  return ringD(clipRing(pts, win.rect));
}

/** Shape `state`'s rings drawn by `ring` (its first ring of each polygon is the outer one), joined. */
function geometryPath(
  topology: Topology,
  state: number,
  ring: (arcs: readonly number[], outer: boolean) => string,
): string {
  const geometry = topology.objects.occupied.geometries[state];
  if (!geometry || geometry.type === null) return "";
  const polygons = (
    geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs
  ) as readonly (readonly (readonly number[])[])[];
  return polygons.map((rings) => rings.map((r, i) => ring(r, i === 0)).join("")).join("");
}

/** Path data of shape `state` of a chunk's topology (empty for a null geometry). */
export function topologyPath(projection: GeoProjection, topology: Topology, state: number): string {
  const arcs = arcsOf(projection, topology);
  const hit = arcs.shapes.get(state);
  if (hit !== undefined) return hit;
  const d = geometryPath(topology, state, (ring, outer) => ringPath(arcs, ring, outer));
  arcs.shapes.set(state, d);
  return d;
}

/**
 * Path data of shape `state` for a window of the plane: rings outside it are left out, rings across
 * its edge cut to it, and arcs simplified for its detail level. Inside the window it draws what
 * `topologyPath` draws, to within the level's tolerance (half a screen pixel).
 */
export function topologyWindowPath(
  projection: GeoProjection,
  topology: Topology,
  state: number,
  win: ViewWindow,
): string {
  const arcs = arcsOf(projection, topology);
  let shapes = arcs.windowed.get(win.key);
  if (!shapes) {
    // Two windows: a shape built ahead for the previous view does not evict the current one's.
    if (arcs.windowed.size >= 2) arcs.windowed.delete(arcs.windowed.keys().next().value!);
    arcs.windowed.set(win.key, (shapes = new Map()));
  }
  const hit = shapes.get(state);
  if (hit !== undefined) return hit;
  const d = geometryPath(topology, state, (ring, outer) => windowRingPath(arcs, win, ring, outer));
  shapes.set(state, d);
  return d;
}
