// Draws the map: seas, land, neighbours, Ukraine, the Russian-held area split into layers, sector
// boxes, the reader's box and settlement labels. Pan and zoom: drag, Ctrl/⌘ + wheel, two fingers,
// arrow keys and +/− (a plain wheel and one finger scroll the page). It only draws; the panel decides what (path data, labels) and keeps the view.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type SetStateAction,
  type PointerEvent as ReactPointerEvent,
} from "react";
import { panBy, toPlane, zoomAt, type View } from "../projection/view";
import type { PlacedLabel } from "../derive/derive-labels";

export interface MapPaths {
  land: string;
  countries: string;
  ukraine: string;
  /** First layer: held on `from` (change mode) or by DeepState (disagree mode). */
  a: string;
  /** Second layer: held on the slider's day (change mode) or by NZZ (disagree mode). */
  b: string;
  sectors: { id: string; name: string; d: string; active: boolean }[];
  userBox: string;
}

export interface MapPlaceLabel extends PlacedLabel {
  lonLat: [number, number];
}

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
}

const KEY_PAN = 60;

/** How long the "Ctrl + scroll to zoom" hint stays, in ms. */
const HINT_MS = 1500;

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** Re-rendered when a prop changes (a slider step changes the day's path and the label). */
export const FrontMap = memo(function FrontMap(props: FrontMapProps) {
  const { width, height, paths, mode, view, onViewChange, labels, describe, drawing, onRectDrawn, label } =
    props;
  const svgRef = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragStart = useRef<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<[number, number, number, number] | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  // Event handlers read the latest view (several events may arrive between renders).
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  }, [view]);

  // The page scrolls through the map: a plain wheel and a one-finger drag move the page (with a
  // brief hint); Ctrl/⌘ + wheel (also a trackpad's pinch) and two fingers pan and zoom. Both need
  // non-passive listeners, to keep the page still while the map takes the gesture.
  const [hint, setHint] = useState<string | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const showHint = (text: string) => {
      setHint(text);
      clearTimeout(hintTimer.current);
      hintTimer.current = setTimeout(() => setHint(null), HINT_MS);
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) {
        showHint(`${isMac() ? "⌘" : "Ctrl"} + scroll to zoom the map`);
        return;
      }
      e.preventDefault();
      const r = svg.getBoundingClientRect();
      const v = zoomAt(viewRef.current, Math.exp(-e.deltaY * 0.002), e.clientX - r.left, e.clientY - r.top);
      viewRef.current = v;
      onViewChange(v);
    };
    // Two fingers: pan by their midpoint's move, zoom by the change in their distance.
    let last: { x: number; y: number; d: number } | null = null;
    const twoFingers = (e: TouchEvent) => {
      const [a, b] = [e.touches[0], e.touches[1]];
      if (!a || !b) return null;
      const r = svg.getBoundingClientRect();
      return {
        x: (a.clientX + b.clientX) / 2 - r.left,
        y: (a.clientY + b.clientY) / 2 - r.top,
        d: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
      };
    };
    const onTouchStart = (e: TouchEvent) => {
      last = twoFingers(e);
      if (last) e.preventDefault();
    };
    const onTouchMove = (e: TouchEvent) => {
      const now = twoFingers(e);
      if (!now) {
        if (e.touches.length === 1 && !drawingRef.current) showHint("Use two fingers to move the map");
        return;
      }
      e.preventDefault();
      // Fingers on different elements get one event each for the same move: count it once.
      if (last && (now.x !== last.x || now.y !== last.y || now.d !== last.d)) {
        let v = panBy(viewRef.current, now.x - last.x, now.y - last.y);
        if (last.d > 0) v = zoomAt(v, now.d / last.d, now.x, now.y);
        // Several moves may arrive before the next render: each builds on the one before.
        viewRef.current = v;
        onViewChange(v);
      }
      last = now;
    };
    const onTouchEnd = (e: TouchEvent) => {
      last = twoFingers(e);
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    svg.addEventListener("touchstart", onTouchStart, { passive: false });
    svg.addEventListener("touchmove", onTouchMove, { passive: false });
    svg.addEventListener("touchend", onTouchEnd);
    svg.addEventListener("touchcancel", onTouchEnd);
    return () => {
      clearTimeout(hintTimer.current);
      svg.removeEventListener("wheel", onWheel);
      svg.removeEventListener("touchstart", onTouchStart);
      svg.removeEventListener("touchmove", onTouchMove);
      svg.removeEventListener("touchend", onTouchEnd);
      svg.removeEventListener("touchcancel", onTouchEnd);
    };
  }, [onViewChange]);
  const drawingRef = useRef(drawing);
  useLayoutEffect(() => {
    drawingRef.current = drawing;
  }, [drawing]);

  const local = (e: ReactPointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    // A finger scrolls the page (or, two of them, moves the map: touch events above); it drags
    // only to draw a box.
    if (e.pointerType === "touch" && !drawing) return;
    svgRef.current?.setPointerCapture(e.pointerId);
    const p = local(e);
    pointers.current.set(e.pointerId, p);
    if (drawing || e.shiftKey) {
      dragStart.current = p;
      setDraft([p.x, p.y, p.x, p.y]);
    }
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    if (dragStart.current) {
      setDraft([dragStart.current.x, dragStart.current.y, p.x, p.y]);
      return;
    }
    if (pointers.current.size === 2) {
      // Pinch: zoom by the change in distance between the two fingers, about their midpoint.
      const [other] = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId).map(([, q]) => q);
      if (other) {
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(p.x - other.x, p.y - other.y);
        if (before > 0)
          onViewChange(zoomAt(viewRef.current, after / before, (p.x + other.x) / 2, (p.y + other.y) / 2));
      }
    } else onViewChange(panBy(viewRef.current, p.x - prev.x, p.y - prev.y));
    pointers.current.set(e.pointerId, p);
  };

  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
    if (dragStart.current && draft) {
      const [x0, y0, x1, y1] = draft;
      if (Math.abs(x1 - x0) > 4 && Math.abs(y1 - y0) > 4) {
        const a = toPlane(viewRef.current, Math.min(x0, x1), Math.min(y0, y1));
        const b = toPlane(viewRef.current, Math.max(x0, x1), Math.max(y0, y1));
        onRectDrawn([a[0], a[1], b[0], b[1]]);
      }
    }
    dragStart.current = null;
    setDraft(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const v = viewRef.current;
    const next =
      e.key === "ArrowLeft"
        ? panBy(v, KEY_PAN, 0)
        : e.key === "ArrowRight"
          ? panBy(v, -KEY_PAN, 0)
          : e.key === "ArrowUp"
            ? panBy(v, 0, KEY_PAN)
            : e.key === "ArrowDown"
              ? panBy(v, 0, -KEY_PAN)
              : e.key === "+" || e.key === "="
                ? zoomAt(v, 1.5, width / 2, height / 2)
                : e.key === "-" || e.key === "_"
                  ? zoomAt(v, 1 / 1.5, width / 2, height / 2)
                  : null;
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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
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

// A slider step changes the day's layer only (`b` in change mode): the layers below are memoised
// apart, so React neither re-renders nor re-checks their elements' props on a step.

const ClipA = memo(function ClipA({ d }: { d: string }) {
  return (
    <clipPath id="front-map-clip-a">
      <path d={d} />
    </clipPath>
  );
});

/** Land, neighbours and Ukraine: change with the view only. */
const BaseLayers = memo(function BaseLayers({
  land,
  countries,
  ukraine,
}: {
  land: string;
  countries: string;
  ukraine: string;
}) {
  return (
    <>
      <path className="front-map__land" d={land} />
      <path className="front-map__countries" d={countries} vectorEffect="non-scaling-stroke" />
      <path className="front-map__ukraine" d={ukraine} vectorEffect="non-scaling-stroke" />
    </>
  );
});

const FILL_A = { change: { fill: "url(#map-pat-ukr-gain)" }, disagree: { fill: "url(#map-pat-only-a)" } };
const FILL_B = { change: { fill: "url(#map-pat-ru-gain)" }, disagree: { fill: "url(#map-pat-only-b)" } };

/** The Russian-held layers: `a`'s pattern, `b`'s over it, held on both (b clipped to a), b's outline. */
const HeldLayers = memo(function HeldLayers({
  a,
  b,
  mode,
}: {
  a: string;
  b: string;
  mode: "change" | "disagree";
}) {
  return (
    <>
      <path d={a} style={FILL_A[mode]} />
      <path d={b} style={FILL_B[mode]} />
      <path className="front-map__held-both" d={b} clipPath="url(#front-map-clip-a)" />
      <path className="front-map__line" d={b} vectorEffect="non-scaling-stroke" />
      {mode === "disagree" && (
        <path className="front-map__line front-map__line--a" d={a} vectorEffect="non-scaling-stroke" />
      )}
    </>
  );
});

/** The sector boxes and the reader's own box. */
const BoxLayers = memo(function BoxLayers({
  sectors,
  userBox,
}: {
  sectors: MapPaths["sectors"];
  userBox: string;
}) {
  return (
    <>
      {sectors.map((s) => (
        <path
          key={s.id}
          className={`front-map__sector${s.active ? " front-map__sector--active" : ""}`}
          d={s.d}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {userBox && <path className="front-map__userbox" d={userBox} vectorEffect="non-scaling-stroke" />}
    </>
  );
});

/** The settlement labels: the same for every day, so a slider step leaves them alone. */
const PlaceLabels = memo(function PlaceLabels({
  labels,
  onHover,
}: {
  labels: MapPlaceLabel[];
  onHover: Dispatch<SetStateAction<string | null>>;
}) {
  return (
    <g className="front-map__labels">
      {labels.map((l) => (
        <g
          key={l.id}
          className="front-map__place"
          transform={`translate(${l.x},${l.y})`}
          tabIndex={0}
          role="button"
          aria-label={`${l.text}: who held it`}
          onFocus={() => onHover(l.id)}
          onBlur={() => onHover((h) => (h === l.id ? null : h))}
          onPointerEnter={() => onHover(l.id)}
          onPointerLeave={() => onHover((h) => (h === l.id ? null : h))}
        >
          <circle r={3} />
          <text x={5} dy="0.35em" aria-hidden="true">
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
});

/** Fill patterns, shared by the map and the legend swatches; each kind differs in pattern, not only colour. */
export const MapPatterns = memo(function MapPatterns({
  transform,
  suffix = "",
}: {
  transform?: string;
  suffix?: string;
}) {
  return (
    <>
      <pattern
        id={`map-pat-ru-gain${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-gain-russia)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 2.4 }} />
      </pattern>
      <pattern
        id={`map-pat-ukr-gain${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={transform}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-gain-ukraine)" }} />
        <circle cx={3} cy={3} r={1.3} style={{ fill: "var(--map-pattern-ink)" }} />
      </pattern>
      <pattern
        id={`map-pat-only-a${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-src-deepstate)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 2.4 }} />
      </pattern>
      <pattern
        id={`map-pat-only-b${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(-45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-src-nzz)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 1.2 }} />
      </pattern>
    </>
  );
});
