// Draws the map: seas, land, neighbours, Ukraine, the Russian-held area split into layers, sector
// boxes, the reader's box and settlement labels. Pan and zoom: drag, Ctrl/⌘ + wheel, two fingers,
// arrow keys and +/− (a plain wheel and one finger scroll the page; hooks/use-map-gestures.ts). It
// only draws; the panel decides what (path data, labels) and keeps the view.
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { usePointerGestures, useWheelAndTouch } from "../hooks/use-map-gestures";
import { viewForKey, type View } from "../projection/view";
import {
  BaseLayers,
  BoxLayers,
  ClipA,
  HeldLayers,
  PlaceLabels,
  type MapPaths,
  type MapPlaceLabel,
} from "./MapLayers";
import { MapPatterns } from "./MapPatterns";
import { ScaleBar } from "./ScaleBar";
import type { ScaleBar as ScaleBarValue } from "../derive/derive-scale-bar";

export type { MapPaths, MapPlaceLabel };

interface FrontMapProps {
  width: number;
  height: number;
  paths: MapPaths;
  mode: "change" | "disagree";
  view: View;
  onViewChange: (view: View) => void;
  labels: MapPlaceLabel[];
  /** What a label's tooltip says: who held it that day per source (asked only when shown). */
  describe: (label: MapPlaceLabel) => string;
  drawing: boolean;
  /** A rectangle drawn by the reader, in plane coordinates [x0, y0, x1, y1]. */
  onRectDrawn: (rect: [number, number, number, number]) => void;
  /** Accessible name of the map (what it shows, for which day). */
  label: string;
  /** The scale bar for the view (drawn in the SVG, so exports carry it), or null. */
  scaleBar: ScaleBarValue | null;
  /** A click on the map (not a drag), in plane coordinates. */
  onPointClick?: (plane: [number, number]) => void;
}

/** Re-rendered when a prop changes (a slider step changes the day's path and the label). */
export const FrontMap = memo(function FrontMap(props: FrontMapProps) {
  const {
    width,
    height,
    paths,
    mode,
    view,
    onViewChange,
    labels,
    describe,
    drawing,
    onRectDrawn,
    label,
    scaleBar,
    onPointClick,
  } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  // Event handlers read the latest view (several events may arrive between renders).
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);
  const drawingRef = useRef(drawing);
  const hint = useWheelAndTouch(svgRef, viewRef, drawingRef, onViewChange);
  useLayoutEffect(() => {
    drawingRef.current = drawing;
  }, [drawing]);
  const { draft, ...pointer } = usePointerGestures(
    svgRef,
    viewRef,
    drawing,
    onViewChange,
    onRectDrawn,
    onPointClick,
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const next = viewForKey(viewRef.current, e.key, width, height);
    if (!next) return;
    e.preventDefault();
    onViewChange(next);
  };

  const k = view.k;
  const patternScale = `scale(${1 / k})`;
  const active = labels.find((l) => l.id === hovered);
  return (
    <div className="front-map" style={{ height }}>
      <svg
        ref={svgRef}
        className={`front-map__svg${drawing ? " front-map__svg--drawing" : ""}`}
        width={width}
        height={height}
        tabIndex={0}
        role="group"
        aria-label={label}
        // Zoomed shapes spill past the box; exports cut them to it (components/export/capture-svg.ts).
        data-export-clip=""
        aria-describedby="front-map-keys"
        onKeyDown={onKeyDown}
        {...pointer}
      >
        <defs>
          <MapPatterns transform={patternScale} />
          <ClipA d={paths.a} />
        </defs>
        <rect className="front-map__sea" width={width} height={height} />
        <g transform={`translate(${view.x},${view.y}) scale(${k})`}>
          <BaseLayers land={paths.land} countries={paths.countries} ukraine={paths.ukraine} />
          <HeldLayers a={paths.a} b={paths.b} mode={mode} />
          <BoxLayers sectors={paths.sectors} userBox={paths.userBox} />
        </g>
        <PlaceLabels labels={labels} onHover={setHovered} />
        <ScaleBar bar={scaleBar} x={16} y={height - 14} />
        {draft && (
          <rect
            className="front-map__draft"
            x={Math.min(draft[0], draft[2])}
            y={Math.min(draft[1], draft[3])}
            width={Math.abs(draft[2] - draft[0])}
            height={Math.abs(draft[3] - draft[1])}
          />
        )}
      </svg>
      <p
        className={`front-map__hint${hint ? " front-map__hint--shown" : ""}`}
        aria-live="polite"
        data-export="skip"
      >
        {hint}
      </p>
      {active && (
        <div
          className="front-map__tooltip"
          role="status"
          style={{ left: Math.min(active.x + 8, width - 220), top: Math.max(0, active.y - 52) }}
        >
          {describe(active)}
        </div>
      )}
    </div>
  );
});
