// Zoom in and out about the map's centre, and the switch to draw one's own box. Only draws.
export function MapZoomButtons({
  onZoom,
  drawing,
  onToggleDrawing,
}: {
  /** Zoom by a factor about the centre (> 1 in). */
  onZoom: (factor: number) => void;
  drawing: boolean;
  onToggleDrawing: () => void;
}) {
  return (
    <div className="map-panel__zoom" role="group" aria-label="Zoom" data-export="skip">
      <button type="button" aria-label="Zoom in" onClick={() => onZoom(1.5)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => onZoom(1 / 1.5)}>
        −
      </button>
      <button type="button" aria-pressed={drawing} onClick={onToggleDrawing}>
        {drawing ? "Drag on the map…" : "Draw an area"}
      </button>
    </div>
  );
}
