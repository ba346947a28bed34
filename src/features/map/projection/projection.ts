// Conic conformal projection centred on Ukraine (standard parallels 45°N and 50°N, central
// meridian 31.5°E): shapes keep their form and north stays up across the country. Fitted so that
// Ukraine fills the map's box; pan and zoom are a transform on top (see view.ts).
import { geoConicConformal, geoPath, type GeoProjection } from "d3-geo";
import { boxOutline, type BBox, type MultiPolygon, type Position } from "../../../lib/geometry";
import { fitRect, type View } from "./view";

export function makeProjection(width: number, height: number, ukraine: MultiPolygon, pad = 8): GeoProjection {
  // precision(0): no adaptive resampling. The shapes' edges are ~50 m long, so they stay straight in
  // any projection; resampling doubled the cost of every path on each slider step.
  return geoConicConformal()
    .precision(0)
    .parallels([45, 50])
    .rotate([-31.5, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: "MultiPolygon", coordinates: rewindForD3(ukraine) },
    );
}

/** Twice the planar signed area of a lon/lat ring: > 0 when counter-clockwise (east right, north up). */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return s;
}

/**
 * d3-geo reads winding on the sphere: an outer ring must run clockwise, or it stands for the rest
 * of the globe. GeoJSON (RFC 7946) and the pipeline's tools write outer rings counter-clockwise,
 * so rings are turned as needed (outer clockwise, holes counter-clockwise).
 */
export function rewindForD3(multi: MultiPolygon): MultiPolygon {
  return multi.map((polygon) =>
    polygon.map((ring, i) => {
      const ccw = signedArea(ring) > 0;
      return (i === 0) === ccw ? [...ring].reverse() : ring;
    }),
  );
}

/** SVG path data of a multipolygon (2 decimals: still sharp at the map's deepest zoom). */
export function pathOf(projection: GeoProjection, multi: MultiPolygon): string {
  if (multi.length === 0) return "";
  return geoPath(projection).digits(2)({ type: "MultiPolygon", coordinates: rewindForD3(multi) }) ?? "";
}

/** Path data of a box outline, projected point by point (no great-circle resampling). */
export function boxPath(projection: GeoProjection, box: BBox): string {
  const pts = boxOutline(box).map((p) => projection(p));
  if (pts.some((p) => !p)) return "";
  return `M${pts.map((p) => `${p![0].toFixed(2)},${p![1].toFixed(2)}`).join("L")}Z`;
}

/** The lon/lat box around a rectangle of the projected plane (its four corners and edge midpoints). */
export function invertRect(
  projection: GeoProjection,
  [x0, y0, x1, y1]: [number, number, number, number],
): BBox | null {
  const xs = [x0, (x0 + x1) / 2, x1];
  const ys = [y0, (y0 + y1) / 2, y1];
  const pts = xs.flatMap((x) => ys.map((y) => projection.invert?.([x, y]) ?? null));
  if (pts.some((p) => !p)) return null;
  const lons = pts.map((p) => p![0]);
  const lats = pts.map((p) => p![1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** The view that fits a lon/lat box (its corners and mid-edges projected). */
export function fitBoxView(
  projection: GeoProjection,
  [w, s, e, n]: BBox,
  width: number,
  height: number,
): View {
  const pts = (
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [(w + e) / 2, s],
      [(w + e) / 2, n],
    ] as [number, number][]
  ).map((p) => projection(p)!);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return fitRect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], width, height);
}
