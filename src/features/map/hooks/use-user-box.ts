// The reader's own box (lon/lat), drawn with the mouse or a finger on the map in drawing mode.
import type { GeoProjection } from "d3-geo";
import { useCallback, useState } from "react";
import type { BBox } from "../../../lib/geometry";
import { invertRect } from "../projection/projection";

export function useUserBox(projection: GeoProjection | null) {
  const [userBox, setUserBox] = useState<BBox | null>(null);
  const [drawing, setDrawing] = useState(false);
  /** A rectangle drawn on the map, in plane coordinates [x0, y0, x1, y1]. */
  const onRectDrawn = useCallback(
    (rect: [number, number, number, number]) => {
      if (!projection) return;
      const box = invertRect(projection, rect);
      if (box) setUserBox(box);
      setDrawing(false);
    },
    [projection, setUserBox, setDrawing],
  );
  const toggleDrawing = useCallback(() => setDrawing((d) => !d), []);
  const clear = useCallback(() => setUserBox(null), []);
  return { userBox, drawing, onRectDrawn, toggleDrawing, clear };
}
