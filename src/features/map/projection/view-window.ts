// What part of the projected plane a zoomed map needs to draw, and at what detail. A sector preset
// shows a few percent of the front line; drawing only the vertices near the view (simplified to
// what the zoom can show) keeps a slider step's path data small. The window snaps to a grid so it
// stays the same while the slider moves and changes only after a pan of about half a view.
import { boxContains, boxesOverlap, type Position } from "../../../lib/geometry";
import type { View } from "./view";

/** A rectangle of the projected plane, [x0, y0, x1, y1]. */
export type Rect = [number, number, number, number];

export interface ViewWindow {
  /** Detail level: the window is drawn for zooms up to 2^level. */
  level: number;
  /** Simplification tolerance in plane units: half a screen pixel at zoom 2^level. */
  tolerance: number;
  /** The plane rectangle to draw: the visible one plus at least one grid cell on each side. */
  rect: Rect;
  /** Names the window (level and rectangle), for caches. */
  key: string;
}

/** The window for a view of a width × height map (plane units equal pixels at zoom 1). */
export function viewWindow(view: View, width: number, height: number): ViewWindow {
  const level = Math.max(0, Math.ceil(Math.log2(view.k) - 1e-9));
  const scale = 2 ** level;
  // One cell is half of what a view at zoom 2^level shows, so the margin is at least a quarter view.
  const cw = width / scale / 2;
  const ch = height / scale / 2;
  const x0 = -view.x / view.k;
  const y0 = -view.y / view.k;
  const x1 = (width - view.x) / view.k;
  const y1 = (height - view.y) / view.k;
  const rect: Rect = [
    (Math.floor(x0 / cw) - 1) * cw,
    (Math.floor(y0 / ch) - 1) * ch,
    (Math.ceil(x1 / cw) + 1) * cw,
    (Math.ceil(y1 / ch) + 1) * ch,
  ];
  return { level, tolerance: 0.5 / scale, rect, key: `${level}|${rect.join(",")}` };
}

/**
 * Douglas–Peucker on interleaved x, y points: keeps both ends and every point farther than
 * `tolerance` from the simplified line, so shared arcs simplify alike in every shape.
 */
export function simplifyLine(xy: Float64Array, tolerance: number): Float64Array {
  const n = xy.length / 2;
  if (n <= 2 || tolerance <= 0) return xy;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const ax = xy[2 * first]!;
    const ay = xy[2 * first + 1]!;
    const dx = xy[2 * last]! - ax;
    const dy = xy[2 * last + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = first + 1; i < last; i++) {
      const px = xy[2 * i]! - ax;
      const py = xy[2 * i + 1]! - ay;
      // Distance to the segment (to the point itself when the segment is a point: closed arcs).
      let d: number;
      if (len2 === 0) d = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        const ex = px - t * dx;
        const ey = py - t * dy;
        d = ex * ex + ey * ey;
      }
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push(first, worst, worst, last);
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += keep[i]!;
  if (m === n) return xy;
  const out = new Float64Array(2 * m);
  for (let i = 0, j = 0; i < n; i++)
    if (keep[i]) {
      out[j++] = xy[2 * i]!;
      out[j++] = xy[2 * i + 1]!;
    }
  return out;
}

/** Bounding box of interleaved points. */
export function boundsOf(xy: ArrayLike<number>): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A closed ring (interleaved points, last point not repeated) cut to `rect` (Sutherland–Hodgman):
 * inside the rectangle the ring is unchanged; outside, it runs along the rectangle's edge, so the
 * fill and winding inside are exactly the original's. Empty when nothing of it is inside.
 */
export function clipRing(ring: ArrayLike<number>, rect: Rect): number[] {
  const [x0, y0, x1, y1] = rect;
  let pts = collapseOutside(ring, rect);
  // One pass per side: keep points on its inner side, add the crossing where an edge passes it.
  // side: 0 x ≥ x0, 1 x ≤ x1, 2 y ≥ y0, 3 y ≤ y1.
  for (let side = 0; side < 4 && pts.length > 0; side++) {
    const e = side === 0 ? x0 : side === 1 ? x1 : side === 2 ? y0 : y1;
    const c = side < 2 ? 0 : 1; // the coordinate tested
    const sign = side % 2 === 0 ? 1 : -1;
    const out: number[] = [];
    const n = pts.length / 2;
    let px = pts[2 * n - 2]!;
    let py = pts[2 * n - 1]!;
    let pin = sign * ((c === 0 ? px : py) - e) >= 0;
    for (let i = 0; i < n; i++) {
      const x = pts[2 * i]!;
      const y = pts[2 * i + 1]!;
      const cin = sign * ((c === 0 ? x : y) - e) >= 0;
      if (cin !== pin) {
        if (c === 0) out.push(e, round(py + ((y - py) * (e - px)) / (x - px)));
        else out.push(round(px + ((x - px) * (e - py)) / (y - py)), e);
      }
      if (cin) out.push(x, y);
      px = x;
      py = y;
      pin = cin;
    }
    pts = out;
  }
  return pts.length >= 6 ? pts : [];
}

/**
 * Drops the inner points of every run of consecutive points beyond the same side of `rect`: the
 * pass for that side removes them and adds crossings only where the run starts and ends, so the
 * cut ring is the same, but a ring mostly far from the view is cut in a few steps.
 */
export function collapseOutside(ring: ArrayLike<number>, [x0, y0, x1, y1]: Rect): number[] {
  const n = ring.length / 2;
  const code = (i: number) => {
    const x = ring[2 * i]!;
    const y = ring[2 * i + 1]!;
    return x < x0 ? 1 : x > x1 ? 2 : y < y0 ? 3 : y > y1 ? 4 : 0;
  };
  const out: number[] = [];
  let prev = code(n - 1);
  let cur = code(0);
  for (let i = 0; i < n; i++) {
    const next = code((i + 1) % n);
    // A point with neighbours beyond the same side as itself adds nothing.
    if (!(cur !== 0 && prev === cur && next === cur)) out.push(ring[2 * i]!, ring[2 * i + 1]!);
    prev = cur;
    cur = next;
  }
  return out;
}

/** "Mx,yLx,y…Z" of a ring of interleaved points. */
export function ringD(pts: ArrayLike<number>): string {
  if (pts.length < 6) return "";
  const parts = [`M${pts[0]},${pts[1]}`];
  for (let i = 2; i < pts.length; i += 2) parts.push(`L${pts[i]},${pts[i + 1]}`);
  return parts.join("") + "Z";
}

/** Projected rings of a multipolygon, wound as rewindForD3 winds them, each with its bounds. */
export interface PlaneRing {
  xy: Float64Array;
  bounds: Rect;
}

/** The rings of a multipolygon in the plane (points rounded as paths write them, ends not repeated). */
export function planeRings(
  project: (p: [number, number]) => [number, number] | null,
  rings: Position[][],
): PlaneRing[] {
  const out: PlaneRing[] = [];
  for (const ring of rings) {
    const n =
      ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]
        ? ring.length - 1
        : ring.length;
    const xy = new Float64Array(2 * n);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const p = project(ring[i] as [number, number]);
      if (!p) ok = false;
      else {
        xy[2 * i] = round(p[0]);
        xy[2 * i + 1] = round(p[1]);
      }
    }
    if (ok && n >= 3) out.push({ xy, bounds: boundsOf(xy) });
  }
  return out;
}

const ringsPaths = new WeakMap<readonly PlaneRing[], { key: string; d: string }>();

/** Path data of rings for a window: rings outside it left out, the others simplified and cut to it. */
export function windowRingsPath(rings: readonly PlaneRing[], win: ViewWindow): string {
  const hit = ringsPaths.get(rings);
  if (hit?.key === win.key) return hit.d;
  const parts: string[] = [];
  for (const { xy, bounds } of rings) {
    if (!boxesOverlap(bounds, win.rect)) continue;
    const simple = simplifyLine(xy, win.tolerance);
    parts.push(ringD(boxContains(win.rect, bounds) ? simple : clipRing(simple, win.rect)));
  }
  const d = parts.join("");
  ringsPaths.set(rings, { key: win.key, d });
  return d;
}
