// Equal-area measurement of lon/lat polygons. Areas are taken on an Albers-type conic equal-area
// projection fitted to Ukraine (standard parallels 45°N and 50°N), scaled so that one projected unit
// is one kilometre on a sphere of radius R = 6371.0088 km (the IUGG mean Earth radius). On an
// equal-area projection the planar shoelace area equals the area on the sphere (up to the tiny
// difference between a straight projected edge and the geodesic, negligible for edges of a few km).
import { geoConicEqualArea } from "d3-geo";
import type { MultiPolygon, Polygon, Ring } from "./polygons";
import { EARTH_RADIUS_KM } from "../../src/lib/geometry";

export { EARTH_RADIUS_KM };

/** The projection, as d3-geo builds it (kept for the test that pins the inlined copy below to it). */
export const d3Projection = geoConicEqualArea()
  .parallels([45, 50])
  .rotate([-32, 0])
  .center([0, 48])
  .scale(EARTH_RADIUS_KM)
  .translate([0, 0]);

// d3-geo's projection above, inlined with the same operations in the same order (so the same bits:
// area.test.ts compares them), without d3's three arrays per point: measuring is mostly projecting.
const RADIANS = Math.PI / 180;
const DELTA_LAMBDA = ((-32 % 360) * RADIANS) % (Math.PI * 2); // rotate([-32, 0])
const SIN_Y0 = Math.sin(45 * RADIANS); // parallels([45, 50])
const N = (SIN_Y0 + Math.sin(50 * RADIANS)) / 2;
const C = 1 + SIN_Y0 * (2 * N - SIN_Y0);
const R0 = Math.sqrt(C) / N;
const K = EARTH_RADIUS_KM; // scale
// center([0, 48]) with translate([0, 0]): the projected centre, moved to the origin.
const CENTER_R = Math.sqrt(C - 2 * N * Math.sin((48 % 360) * RADIANS)) / N;
const DX = 0 - (0 + K * (CENTER_R * Math.sin((0 % 360) * RADIANS * N)));
const DY = 0 - (0 - K * (R0 - CENTER_R * Math.cos((0 % 360) * RADIANS * N)));

/** The last projected point (module state instead of a returned array: no allocation per point). */
let projectedX = 0;
let projectedY = 0;

function projectInto(lon: number, lat: number): void {
  let lambda = lon * RADIANS + DELTA_LAMBDA;
  const phi = lat * RADIANS;
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (Math.PI * 2)) * (Math.PI * 2);
  const r = Math.sqrt(C - 2 * N * Math.sin(phi)) / N;
  const x = lambda * N;
  projectedX = DX + K * (r * Math.sin(x));
  projectedY = DY - K * (R0 - r * Math.cos(x));
}

/** [x, y] in km, exactly as d3Projection([lon, lat]) gives them. */
export function projectEqualArea(lon: number, lat: number): [number, number] {
  projectInto(lon, lat);
  return [projectedX, projectedY];
}

/**
 * Edges longer than this (degrees) are split before projecting, so that an edge that is straight in
 * lon/lat (e.g. a sector box's side along a parallel, which the conic projection bends) is measured
 * as such: a 1° edge would otherwise be off by ~0.2 km² per km of length.
 */
const MAX_EDGE_DEG = 0.05;

/** Unsigned area of one ring in km² (winding order does not matter). */
export function ringAreaKm2(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  let twice = 0;
  let [plon, plat] = ring[n - 1]!;
  projectInto(plon, plat);
  let px = projectedX;
  let py = projectedY;
  const addEdgeTo = (lon: number, lat: number): void => {
    projectInto(lon, lat);
    twice += (px + projectedX) * (py - projectedY);
    px = projectedX;
    py = projectedY;
  };
  for (const [lon, lat] of ring) {
    const steps = Math.ceil(Math.max(Math.abs(lon - plon), Math.abs(lat - plat)) / MAX_EDGE_DEG);
    for (let i = 1; i < steps; i++)
      addEdgeTo(plon + ((lon - plon) * i) / steps, plat + ((lat - plat) * i) / steps);
    addEdgeTo(lon, lat);
    plon = lon;
    plat = lat;
  }
  return Math.abs(twice / 2);
}

/** Area of a polygon: its outer ring minus its holes, in km². */
export function polygonAreaKm2(polygon: Polygon): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return Math.max(0, ringAreaKm2(outer) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0));
}

/**
 * Area of a valid multipolygon (non-overlapping parts, holes inside their outer ring), in km².
 * Overlapping input must be unioned first, or shared area is counted twice.
 */
export function multiPolygonAreaKm2(multi: MultiPolygon): number {
  return multi.reduce((sum, polygon) => sum + polygonAreaKm2(polygon), 0);
}
