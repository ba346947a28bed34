// The settlement labels placed for the view (derive-place-labels.ts: the candidates the zoom
// reaches, greedy by rank, no overlaps): placed per view only, not per day; what a label's tooltip
// says is asked when it shows.
import type { GeoProjection } from "d3-geo";
import { useMemo } from "react";
import type { PlacesFile } from "../../../data/schemas/places";
import type { MapPlaceLabel } from "../components/FrontMap";
import { deriveLabelPlaces, deriveMapLabels } from "../derive/derive-place-labels";
import type { View } from "../projection/view";

export function usePlaceLabels(
  projection: GeoProjection | null,
  places: PlacesFile,
  view: View,
  width: number,
  height: number,
): MapPlaceLabel[] {
  // Expanded once per file (1,900 places): the columnar front zone into ranked rows.
  const ranked = useMemo(() => deriveLabelPlaces(places), [places]);
  return useMemo(
    () => (projection ? deriveMapLabels(ranked, (ll) => projection(ll), view, width, height) : []),
    [projection, ranked, view, width, height],
  );
}
