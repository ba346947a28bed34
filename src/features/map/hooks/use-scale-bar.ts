// The scale bar: a round length measured at the map's centre, at most a third of its width
// (at most 140 px), for the view shown. Recomputed only when the view or the size changes.
import type { GeoProjection } from "d3-geo";
import { useMemo } from "react";
import { deriveScaleBar, kmPerPixelAt } from "../derive/derive-scale-bar";
import type { View } from "../projection/view";

export function useScaleBar(projection: GeoProjection | null, view: View, width: number, height: number) {
  return useMemo(
    () =>
      projection
        ? deriveScaleBar(
            kmPerPixelAt((p) => projection.invert?.(p) ?? null, view, width / 2, height / 2),
            Math.min(140, width / 3),
          )
        : null,
    [projection, view, width, height],
  );
}
