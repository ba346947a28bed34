// The map's size, projection and view. The map fills the panel's width and its height follows
// Ukraine's proportions; a sector preset zooms to the dataset's own box; panning and zooming
// override it until the preset or the map's size changes. The view window says which part of the
// plane to draw, and at what detail (projection/view-window.ts).
import { useCallback, useMemo, useState } from "react";
import { useElementWidth } from "../../../components/use-element-width";
import type { BasemapFile } from "../../../data/schemas/basemap";
import type { SectorBox } from "../../../data/schemas/territory";
import { fitBoxView, makeProjection } from "../projection/projection";
import { IDENTITY, zoomAt, type View } from "../projection/view";
import { viewWindow } from "../projection/view-window";

export function useMapView(basemap: BasemapFile, sector: SectorBox | undefined, preset: string) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const height = Math.round(Math.min(620, Math.max(300, width * 0.66)));
  const projection = useMemo(
    () => (width > 0 ? makeProjection(width, height, basemap.ukraine) : null),
    [width, height, basemap.ukraine],
  );
  const presetKey = `${preset}|${width}|${height}`;
  const presetView = useMemo(
    () => (projection && sector ? fitBoxView(projection, sector.bbox, width, height) : IDENTITY),
    [projection, sector, width, height],
  );
  const [manual, setManual] = useState<{ key: string; view: View } | null>(null);
  const view = manual && manual.key === presetKey ? manual.view : presetView;
  const setView = useCallback(
    (next: View | ((v: View) => View)) =>
      setManual((m) => {
        const current = m && m.key === presetKey ? m.view : presetView;
        return { key: presetKey, view: typeof next === "function" ? next(current) : next };
      }),
    [presetKey, presetView],
  );
  /** Zooms about the map's centre (the + and − buttons). */
  const zoomBy = useCallback(
    (factor: number) => setView((v) => zoomAt(v, factor, width / 2, height / 2)),
    [setView, width, height],
  );
  // From the chunk's arcs, each projected once, only what lies near the view, at the zoom's detail
  // (a sector shows a few percent of the line): a slider step joins or cuts cached arcs.
  const win = useMemo(() => viewWindow(view, width, height), [view, width, height]);
  return { boxRef, width, height, projection, view, setView, zoomBy, win };
}
