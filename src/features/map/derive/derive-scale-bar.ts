// The map's scale bar: the longest round length (1, 2 or 5 × a power of ten, in km or m) that fits
// in the bar's maximum width at the current projection and zoom. The conic conformal projection's
// scale varies a little with latitude (~2 % across a sector), so it is measured at the map's centre.
import { formatNumber } from "../../../lib/format";
import { EARTH_RADIUS_KM } from "../../../lib/geometry";
import type { View } from "../projection/view";

export interface ScaleBar {
  /** The bar's length on screen, px. */
  px: number;
  km: number;
  /** "20 km", "500 m". */
  label: string;
}

/** Great-circle distance between two lon/lat points (haversine), km. */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Kilometres per screen pixel at screen point (sx, sy): the distance between two points 50 px either
 * side of it, through the view (screen → plane) and the projection's inverse (plane → lon/lat).
 */
export function kmPerPixelAt(
  invert: (plane: [number, number]) => [number, number] | null,
  view: View,
  sx: number,
  sy: number,
): number | null {
  const a = invert([(sx - 50 - view.x) / view.k, (sy - view.y) / view.k]);
  const b = invert([(sx + 50 - view.x) / view.k, (sy - view.y) / view.k]);
  if (!a || !b) return null;
  return distanceKm(a, b) / 100;
}

/** The longest round length that fits in `maxPx`, or null when the scale is unknown. */
export function deriveScaleBar(kmPerPx: number | null, maxPx: number): ScaleBar | null {
  if (kmPerPx === null || !(kmPerPx > 0) || !(maxPx > 0)) return null;
  const maxKm = kmPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const step = [5, 2, 1].find((s) => s * power <= maxKm) ?? 1;
  const km = step * power;
  const label = km >= 1 ? `${formatNumber(km)} km` : `${formatNumber(Math.round(km * 1000))} m`;
  return { px: km / kmPerPx, km, label };
}
