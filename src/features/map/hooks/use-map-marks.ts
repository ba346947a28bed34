// What the map leaves for others once its layers are drawn: the "settled:map" mark read by
// `npm run bench` and the "map:first-render" measure in the Performance timeline. (A permalinked
// map frame is scrolled to by lib/permalink's useHashAnchor once it appears.)
import { useEffect, useRef } from "react";
import { useSettledMark } from "../../../lib/perf";

/** `drawn`: both layers of the day are drawn; `dataAt`: when the last data file arrived (epoch ms). */
export function useMapMarks(drawn: boolean, dataAt: number): void {
  useSettledMark("map", drawn);
  // From the moment the last data file arrived to the first commit with the Russian-held layers.
  // (Slider steps: `npm run bench`, from the settled marks; a per-step measure here cost a search
  // of the whole timeline in every step.)
  const measured = useRef(false);
  useEffect(() => {
    if (measured.current || !drawn) return;
    measured.current = true;
    performance.measure("map:first-render", {
      start: dataAt - performance.timeOrigin,
      end: performance.now(),
    });
  }, [drawn, dataAt]);
}
