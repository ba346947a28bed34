// The reader's own box (lon/lat), drawn with the mouse or a finger on the map in drawing mode. It
// lives in the URL (?box=, url-state.ts), so a link and a reload keep it; drawing mode is passing.
import type { GeoProjection } from "d3-geo";
import { useCallback, useState } from "react";
import type { BBox } from "../../../lib/geometry";
import { invertRect } from "../projection/projection";
import { roundBox, type MapUrlState } from "../url-state";

export function useUserBox(
  projection: GeoProjection | null,
  userBox: BBox | null,
  update: (patch: Partial<MapUrlState>) => void,
) {
  const [drawing, setDrawing] = useState(false);
  /** A rectangle drawn on the map, in plane coordinates [x0, y0, x1, y1]. */
  const onRectDrawn = useCallback(
    (rect: [number, number, number, number]) => {
      if (!projection) return;
      const box = invertRect(projection, rect);
      if (box) update({ box: roundBox(box) });
      setDrawing(false);
    },
    [projection, update],
  );
  const toggleDrawing = useCallback(() => setDrawing((d) => !d), []);
  const clear = useCallback(() => update({ box: null }), [update]);
  return { userBox, drawing, onRectDrawn, toggleDrawing, clear };
}
