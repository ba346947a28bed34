// The settlement labels placed for the view (greedy, by priority, derive-labels.ts): placed per
// view only, not per day; what a label's tooltip says is asked when it shows.
import type { GeoProjection } from "d3-geo";
import { useMemo } from "react";
import type { PlacesFile } from "../../../data/schemas/places";
import type { MapPlaceLabel } from "../components/FrontMap";
import { placeLabels } from "../derive/derive-labels";
import type { View } from "../projection/view";

export function usePlaceLabels(
  projection: GeoProjection | null,
  places: PlacesFile,
  view: View,
  width: number,
  height: number,
): MapPlaceLabel[] {
  return useMemo(() => {
    if (!projection) return [];
    const candidates = places.places.flatMap((p, i) => {
      const xy = projection(p.lonLat as unknown as [number, number]);
      if (!xy) return [];
      return [
        {
          id: p.name,
          x: xy[0] * view.k + view.x,
          y: xy[1] * view.k + view.y,
          text: p.name,
          priority: (p.kind === "oblastCapital" ? 0 : 1000) + i,
          lonLat: p.lonLat as unknown as [number, number],
        },
      ];
    });
    const byId = new Map(candidates.map((c) => [c.id, c.lonLat]));
    return placeLabels(candidates, width, height).map((l) => ({ ...l, lonLat: byId.get(l.id)! }));
  }, [projection, places, view, width, height]);
}
