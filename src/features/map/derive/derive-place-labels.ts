// Which settlements the map labels at a zoom: every place whose minimum zoom the view has reached
// and whose dot is in view is a candidate, in rank order (oblast capitals, the curated front-line
// towns, then the front zone's places best-ranked first), and placeLabels keeps those that fit
// without overlapping a better-ranked one. Zooming in adds candidates and spreads them apart.
import type { PlacesFile } from "../../../data/schemas/places";
import { placeLabels, DEFAULT_METRICS, type LabelMetrics, type PlacedLabel } from "./derive-labels";
import type { View } from "../projection/view";

export interface LabelPlace {
  /** Unique (two villages may share a name). */
  id: string;
  name: string;
  lonLat: [number, number];
  /** The zoom factor from which the place is a candidate (1 = all of Ukraine). */
  minZoom: number;
  /** Lower = placed first. */
  rank: number;
}

/** places.json as one ranked list: curated labels first (capitals, then settlements), then the front zone. */
export function deriveLabelPlaces(file: Pick<PlacesFile, "places" | "frontZone">): LabelPlace[] {
  const curated = file.places
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Number(a.p.kind !== "oblastCapital") - Number(b.p.kind !== "oblastCapital") || a.i - b.i)
    .map(({ p, i }) => ({
      id: `c${i}`,
      name: p.name,
      lonLat: [p.lonLat[0], p.lonLat[1]] as [number, number],
      minZoom: 1,
    }));
  const { names, lonLat, minZoom } = file.frontZone;
  const zone = names.map((name, i) => ({
    id: `z${i}`,
    name,
    lonLat: [lonLat[2 * i]!, lonLat[2 * i + 1]!] as [number, number],
    minZoom: minZoom[i]!,
  }));
  return [...curated, ...zone].map((p, rank) => ({ ...p, rank }));
}

export interface MapLabel extends PlacedLabel {
  lonLat: [number, number];
}

/**
 * The labels drawn for a view: candidates whose minimum zoom the view has reached (with a little
 * slack, so a label does not wait for the exact step: zoom buttons multiply by 1.5), projected, then
 * placed greedily by rank with no two boxes overlapping and none leaving the map.
 */
export function deriveMapLabels(
  places: readonly LabelPlace[],
  project: (lonLat: [number, number]) => [number, number] | null,
  view: View,
  width: number,
  height: number,
  metrics: LabelMetrics = DEFAULT_METRICS,
): MapLabel[] {
  const reach = view.k * ZOOM_SLACK;
  const lonLatOf = new Map<string, [number, number]>();
  const candidates = places.flatMap((p) => {
    if (p.minZoom > reach) return [];
    const xy = project(p.lonLat);
    if (!xy) return [];
    const x = xy[0] * view.k + view.x;
    const y = xy[1] * view.k + view.y;
    if (x < 0 || y < 0 || x > width || y > height) return [];
    lonLatOf.set(p.id, p.lonLat);
    return [{ id: p.id, x, y, text: p.name, priority: p.rank }];
  });
  return placeLabels(candidates, width, height, metrics).map((l) => ({ ...l, lonLat: lonLatOf.get(l.id)! }));
}

/** A place of minimum zoom 8 is a candidate from zoom 8 ÷ 1.25 = 6.4 on. */
const ZOOM_SLACK = 1.25;
