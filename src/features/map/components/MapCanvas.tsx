// The map's box: the zoom and draw buttons, the map itself (once the box has a width), the loading
// line and the keys hint. Only draws.
import type { ComponentProps, Ref } from "react";
import type { IsoDate } from "../../../data/schemas/common";
import { formatDate } from "../../../lib/format";
import { FrontMap } from "./FrontMap";
import { MapZoomButtons } from "./MapZoomButtons";

type MapCanvasProps = Omit<ComponentProps<typeof FrontMap>, "paths"> & {
  boxRef: Ref<HTMLDivElement>;
  /** null before the box has a size. */
  paths: ComponentProps<typeof FrontMap>["paths"] | null;
  onZoom: (factor: number) => void;
  onToggleDrawing: () => void;
  /** The day whose map is loading, or null. */
  loadingDay: IsoDate | null;
};

export function MapCanvas({ boxRef, paths, onZoom, onToggleDrawing, loadingDay, ...map }: MapCanvasProps) {
  return (
    <div className="map-panel__map" ref={boxRef}>
      <MapZoomButtons onZoom={onZoom} drawing={map.drawing} onToggleDrawing={onToggleDrawing} />
      {paths && map.width > 0 && <FrontMap paths={paths} {...map} />}
      {loadingDay && (
        <p className="map-panel__loading" role="status">
          Loading the map for {formatDate(loadingDay)}…
        </p>
      )}
      <p id="front-map-keys" className="map-panel__hint" data-export="skip">
        Drag, two fingers or the arrow keys to pan; Ctrl/⌘ + scroll, pinch, + and − to zoom. Shift-drag (or
        “Draw an area”) measures your own box.
      </p>
    </div>
  );
}
