// A click on the map, handed on as the longitude and latitude under it (the projection inverted),
// for a question asked beside the map (the place panel: the settlement nearest the click).
import type { GeoProjection } from "d3-geo";
import { useCallback } from "react";

export type LonLat = [number, number];

/** The map's plane-coordinate click handler for `onPointClick`, or undefined without one. */
export function usePointClick(
  projection: GeoProjection | null,
  onPointClick: ((lonLat: LonLat) => void) | undefined,
): ((plane: [number, number]) => void) | undefined {
  const onPlane = useCallback(
    (plane: [number, number]) => {
      const lonLat = projection?.invert?.(plane);
      if (lonLat && Number.isFinite(lonLat[0]) && Number.isFinite(lonLat[1]))
        onPointClick?.([lonLat[0], lonLat[1]]);
    },
    [projection, onPointClick],
  );
  return onPointClick ? onPlane : undefined;
}
