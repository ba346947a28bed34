// Equal-area measurement of lon/lat polygons. Areas are taken on an Albers-type conic equal-area
// projection fitted to Ukraine (standard parallels 45°N and 50°N), scaled so that one projected unit
// is one kilometre on a sphere of radius R = 6371.0088 km (the IUGG mean Earth radius). On an
// equal-area projection the planar shoelace area equals the area on the sphere (up to the tiny
// difference between a straight projected edge and the geodesic, negligible for edges of a few km).
import { geoConicEqualArea } from "d3-geo";
import type { MultiPolygon, Polygon, Ring } from "./polygons";

export const EARTH_RADIUS_KM = 6371.0088;

const projection = geoConicEqualArea()
  .parallels([45, 50])
  .rotate([-32, 0])
  .center([0, 48])
  .scale(EARTH_RADIUS_KM)
  .translate([0, 0]);

function project(lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon},${lat}`);
  return p;
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
  let [px, py] = project(plon, plat);
  const addEdgeTo = (lon: number, lat: number): void => {
    const [x, y] = project(lon, lat);
    twice += (px + x) * (py - y);
    px = x;
    py = y;
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
