// What changed hands between two consecutive days, computed only where something changed. The
// symmetric difference A △ B is bounded by the edges found in one day's shape but not the other's,
// so it lies inside their bounding box W; both shapes are cut to W first (cheap, linear) and only
// those parts go through the boolean engine. Most days change along a few km of front, so W holds a
// small fraction of the ~4,000–10,000 vertices of a day's shape.
import { clipRingToBox } from "./box-area";
import type { BBox, MultiPolygon, Polygon, Ring } from "./polygons";
import { xorOf } from "./polygons";
import { boxContains, boxesOverlap, ringBbox } from "../../src/lib/geometry";

/** A cheap fingerprint of a ring's coordinates (exact comparison decides; this only buckets). */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
function ringFingerprint(ring: Ring): string {
  let h1 = 0x811c9dc5;
  let h2 = ring.length;
  for (const p of ring)
    for (let k = 0; k < 2; k++) {
      bits[0] = p[k]!;
      h1 = Math.imul(h1 ^ words[0]!, 0x01000193);
      h2 = Math.imul(h2 ^ words[1]!, 0x5bd1e995) ^ (h1 >>> 15);
    }
  return `${ring.length}:${h1 >>> 0}:${h2 >>> 0}`;
}

const sameRing = (a: Ring, b: Ring): boolean =>
  a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);

/**
 * The rings of `a` and `b` without the rings the two have in common (matched one to one). A ring
 * present in both contributes the same edges to both, so it cannot hold a changed edge; most rings
 * are unchanged from one day to the next, and matching whole rings is far cheaper than keying each
 * of their edges.
 */
function unmatchedRings(a: MultiPolygon, b: MultiPolygon): Ring[] {
  const fromA = new Map<string, Ring[]>();
  for (const polygon of a)
    for (const ring of polygon) {
      const key = ringFingerprint(ring);
      const list = fromA.get(key);
      if (list) list.push(ring);
      else fromA.set(key, [ring]);
    }
  const out: Ring[] = [];
  for (const polygon of b)
    for (const ring of polygon) {
      const list = fromA.get(ringFingerprint(ring));
      const i = list ? list.findIndex((r) => sameRing(r, ring)) : -1;
      if (i >= 0) list!.splice(i, 1);
      else out.push(ring);
    }
  for (const list of fromA.values()) out.push(...list);
  return out;
}

/**
 * Box of the boundary edges of rings that occur an odd number of times, direction-free. An edge
 * shared by two adjacent parts (NZZ's `nochange` and `gains`) appears twice and cancels out, leaving
 * the outline of their union; with the rings of two shapes, what is left is the set of edges found
 * in one and not the other. Edges are sorted as number quadruples, so equal ones sit side by side
 * (no string key per edge: building those took most of the time).
 */
function oddEdgesBox(rings: Ring[]): BBox | null {
  let count = 0;
  for (const ring of rings) count += Math.max(0, ring.length - 1);
  const xy = new Float64Array(count * 4);
  let k = 0;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
      xy[k++] = p[0];
      xy[k++] = p[1];
      xy[k++] = q[0];
      xy[k++] = q[1];
    }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const compare = (i: number, j: number): number => {
    for (let c = 0; c < 4; c++) {
      const d = xy[4 * i + c]! - xy[4 * j + c]!;
      if (d !== 0) return d;
    }
    return 0;
  };
  order.sort(compare);
  let box: BBox | null = null;
  for (let start = 0; start < count;) {
    let end = start + 1;
    while (end < count && compare(order[start]!, order[end]!) === 0) end++;
    if ((end - start) % 2 === 1) {
      const e = 4 * order[start]!;
      const [x1, y1, x2, y2] = [xy[e]!, xy[e + 1]!, xy[e + 2]!, xy[e + 3]!];
      box = box
        ? [Math.min(box[0], x1), Math.min(box[1], y1, y2), Math.max(box[2], x2), Math.max(box[3], y1, y2)]
        : [x1, Math.min(y1, y2), x2, Math.max(y1, y2)];
    }
    start = end;
  }
  return box;
}

/** Bounding box of the edges that are in exactly one of the two shapes, or null if none. */
export function changedEdgesBox(a: MultiPolygon, b: MultiPolygon): BBox | null {
  return oddEdgesBox(unmatchedRings(a, b));
}

function cutRing(ring: Ring, box: BBox): Ring | null {
  const rb = ringBbox(ring);
  if (!boxesOverlap(rb, box)) return null;
  if (boxContains(box, rb)) return ring;
  const cut = clipRingToBox(ring, box);
  return cut.length >= 3 ? [...cut, cut[0]!] : null;
}

/** The part of a shape inside a box. */
export function cutToBox(multi: MultiPolygon, box: BBox): MultiPolygon {
  const out: MultiPolygon = [];
  for (const [outer, ...holes] of multi) {
    const cut = outer && cutRing(outer, box);
    if (!cut) continue;
    const polygon: Polygon = [cut];
    for (const hole of holes) {
      const h = cutRing(hole, box);
      if (h) polygon.push(h);
    }
    out.push(polygon);
  }
  return out;
}

/** Both shapes cut to the box of their changed edges (null when nothing changed). */
export function cutToChange(a: MultiPolygon, b: MultiPolygon): [MultiPolygon, MultiPolygon] | null {
  const box = changedEdgesBox(a, b);
  return box ? [cutToBox(a, box), cutToBox(b, box)] : null;
}

/** A △ B, computed inside the box of the changed edges; throws like the engine on failure. */
export function windowedXor(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  const cut = cutToChange(a, b);
  return cut ? xorOf(cut[0], cut[1]) : [];
}
