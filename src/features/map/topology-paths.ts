// SVG path data of a chunk's shapes built from its TopoJSON arcs. Each arc is decoded and projected
// once per projection; a day's shape then only joins its arcs' strings. Consecutive days share
// almost every arc, so a slider step no longer decodes and re-projects the whole front line (that
// cost ~all of a step's script time and most of its garbage). Same output as pathOf (d3-geo, 2
// decimals, rings wound as rewindForD3 winds them) up to one repeated closing point per ring.
import type { GeoProjection } from "d3-geo";
import type { MapChunk } from "../../data/schemas/map";

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
  return { xy, area, forward: [], backward: [], shapes: new Map() };
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
  if (s === undefined) {
    const xy = arcs.xy[i]!;
    const n = xy.length / 2;
    const parts: string[] = [];
    if (reversed) for (let k = n - 2; k >= 0; k--) parts.push(`L${xy[2 * k]},${xy[2 * k + 1]}`);
    else for (let k = 1; k < n; k++) parts.push(`L${xy[2 * k]},${xy[2 * k + 1]}`);
    cache[i] = s = parts.join("");
  }
  return s;
}

function firstPoint(arcs: Arcs, index: number): string {
  const xy = arcs.xy[index < 0 ? ~index : index]!;
  const k = index < 0 ? xy.length / 2 - 1 : 0;
  return `M${xy[2 * k]},${xy[2 * k + 1]}`;
}

function ringPath(arcs: Arcs, ring: readonly number[], outer: boolean): string {
  let area = 0;
  for (const a of ring) area += a < 0 ? -arcs.area[~a]! : arcs.area[a]!;
  // rewindForD3: outer rings clockwise, holes counter-clockwise (area > 0 is counter-clockwise).
  const order = outer === area > 0 ? [...ring].reverse().map((a) => ~a) : ring;
  if (order.length === 0) return "";
  return firstPoint(arcs, order[0]!) + order.map((a) => segment(arcs, a)).join("") + "Z";
}

/** Path data of shape `state` of a chunk's topology (empty for a null geometry). */
export function topologyPath(projection: GeoProjection, topology: Topology, state: number): string {
  const arcs = arcsOf(projection, topology);
  const hit = arcs.shapes.get(state);
  if (hit !== undefined) return hit;
  const geometry = topology.objects.occupied.geometries[state];
  let d = "";
  if (geometry && geometry.type !== null) {
    const polygons = (
      geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs
    ) as readonly (readonly (readonly number[])[])[];
    d = polygons.map((rings) => rings.map((ring, i) => ringPath(arcs, ring, i === 0)).join("")).join("");
  }
  arcs.shapes.set(state, d);
  return d;
}
