// Lon/lat rings, boxes and areas: the one home of the geometry the map (in the browser) and the
// pipeline (in Node) both need. Coordinates are GeoJSON-like arrays in degrees, [lon, lat]; a box is
// [west, south, east, north]. Pure, no dependencies: the boolean operations stay in the pipeline
// (Clipper2), the projections in d3-geo.

/** [lon, lat] in degrees. */
export type Position = [number, number];
export type Ring = Position[];
/** An outer ring, then its holes. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];
/** A lon/lat box: [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The IUGG mean Earth radius, km: every area of the project is taken on this sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Whether the ray east from (x, y) crosses the edge from `a` to `b`: the step of the even–odd
 * point-in-polygon test (half-open in latitude, so a vertex on the ray counts once).
 */
export function rayCrosses(a: Position, b: Position, x: number, y: number): boolean {
  const [xi, yi] = b;
  const [xj, yj] = a;
  return yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
}

/** Whether a point lies inside a ring (even–odd; winding and a repeated last position do not matter). */
export function ringContains(ring: Ring, [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    if (rayCrosses(ring[j]!, ring[i]!, x, y)) inside = !inside;
  return inside;
}

/** The box around a ring's positions (empty, [∞, ∞, −∞, −∞], for no position). */
export function ringBbox(ring: readonly Position[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Box around the outer rings of `multi` (holes lie inside them), widened by `margin` degrees. */
export function bboxOf(multi: MultiPolygon, margin = 0): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of multi)
    for (const [x, y] of polygon[0] ?? []) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  return [w - margin, s - margin, e + margin, n + margin];
}

/** Whether two boxes share a point (edges included). Works for any [x0, y0, x1, y1] rectangles. */
export const boxesOverlap = (a: readonly number[], b: readonly number[]): boolean =>
  a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Whether `inner` lies inside `outer` (edges included). Works for any [x0, y0, x1, y1] rectangles. */
export const boxContains = (outer: readonly number[], inner: readonly number[]): boolean =>
  inner[0]! >= outer[0]! && inner[2]! <= outer[2]! && inner[1]! >= outer[1]! && inner[3]! <= outer[3]!;

/** A box as a polygon: one closed, counter-clockwise ring of its four corners. */
export function boxPolygon([w, s, e, n]: BBox): Polygon {
  return [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
}

/**
 * A box's outline with its sides straight in lon/lat, a position at least every `stepDeg` degrees
 * (so that a projection bends the parallels as it should), counter-clockwise from the south-west
 * corner, the last position not repeated.
 */
export function boxOutline([w, s, e, n]: BBox, stepDeg = 0.05): Ring {
  const out: Ring = [];
  const edge = (a: Position, b: Position) => {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / stepDeg));
    for (let i = 0; i < steps; i++)
      out.push([a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps]);
  };
  edge([w, s], [e, s]);
  edge([e, s], [e, n]);
  edge([e, n], [w, n]);
  edge([w, n], [w, s]);
  return out;
}

/** km² of a box on the sphere (between two meridians and two parallels: exact). */
export function boxAreaKm2([w, s, e, n]: BBox): number {
  return EARTH_RADIUS_KM * EARTH_RADIUS_KM * (e - w) * RAD * (Math.sin(n * RAD) - Math.sin(s * RAD));
}

// Settlements against Russian-held shapes (place-history.json in the pipeline, the place panel in
// the app): the even–odd rule over a multipolygon, for one point and for many at once.

const polygonBoxes = new WeakMap<Polygon, BBox>();

/** The box of a polygon's outer ring, computed once per polygon object. */
export function polygonBox(polygon: Polygon): BBox {
  let b = polygonBoxes.get(polygon);
  if (!b) polygonBoxes.set(polygon, (b = bboxOf([polygon])));
  return b;
}

/**
 * Whether the point is inside the multipolygon, by the even–odd rule over all its rings (a hole is
 * outside, an island in a hole inside); a point on a west or south edge is inside, on an east or
 * north edge outside (rayCrosses is half-open). Each polygon's box is checked first.
 */
export function multiPolygonContains(multi: MultiPolygon, point: Position): boolean {
  const [x, y] = point;
  let inside = false;
  for (const polygon of multi) {
    const [w, s, e, n] = polygonBox(polygon);
    if (x < w || x > e || y < s || y > n) continue; // outside the outer ring, so outside its holes too
    for (const ring of polygon) if (ringContains(ring, point)) inside = !inside;
  }
  return inside;
}

/**
 * multiPolygonContains for many points at once (lon, lat interleaved): the same rayCrosses, walked
 * edge by edge over the points sorted by latitude, so each edge meets only the points level with it
 * (a whole front line against ~4,000 settlements in milliseconds, not a second). 1 = inside.
 */
export function multiPolygonContainsPoints(multi: MultiPolygon, points: Float64Array): Uint8Array {
  const count = points.length / 2;
  const inside = new Uint8Array(count);
  if (count === 0) return inside;
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => points[2 * a + 1]! - points[2 * b + 1]!,
  );
  const ys = Float64Array.from(order, (p) => points[2 * p + 1]!);
  /** First index in `ys` whose latitude is ≥ y. */
  const lowerBound = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const polygon of multi)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j]!;
        const b = ring[i]!;
        // rayCrosses needs min(lat) ≤ y < max(lat): only those points are tried.
        const end = lowerBound(Math.max(a[1], b[1]));
        for (let k = lowerBound(Math.min(a[1], b[1])); k < end; k++) {
          const p = order[k]!;
          if (rayCrosses(a, b, points[2 * p]!, points[2 * p + 1]!)) inside[p] = inside[p]! ^ 1;
        }
      }
  return inside;
}

/**
 * Distance from a point to the nearest edge of the multipolygon, km, on a local equirectangular
 * projection around the point (within ~0.5 % over the few hundred km that matter here); Infinity
 * for an empty shape.
 */
export function distanceToEdgeKm(multi: MultiPolygon, [x, y]: Position): number {
  const kx = 111.32 * Math.cos(y * RAD);
  const ky = 110.57;
  let best = Infinity;
  for (const polygon of multi)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const ax = (ring[j]![0] - x) * kx;
        const ay = (ring[j]![1] - y) * ky;
        const dx = (ring[i]![0] - x) * kx - ax;
        const dy = (ring[i]![1] - y) * ky - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
  return best;
}
