// A brush over a whole daily series that sets a date range (the dashboard's GLOBAL range): an
// overview line with a window between two handles. Plain SVG and DOM, no Recharts: it loads after
// the first chart and must not pull Recharts into the page on its own. Its parts: the geometry and
// insets (brush-geometry.ts, the one source of the pixel insets, passed to range-brush.css as custom
// properties), the paint that moves it without React (paint-brush.ts), pointer drags
// (use-brush-drag.ts) and keys with their commits (use-brush-keys.ts).
import { memo, useCallback, useId, useMemo, useRef, type CSSProperties } from "react";
import type { DateRange } from "../../filters/range";
import { formatDate, formatDateRange } from "../../lib/format";
import { useOnScreenFlag } from "../../lib/on-screen";
import { useSettledMark } from "../../lib/perf";
import { useElementWidth } from "../use-element-width";
import { Overview, YearLabels, type OverviewPoint } from "./BrushOverview";
import {
  brushInsetStyle,
  DEFAULT_INSETS,
  deriveBrushView,
  sliderBounds,
  slotTransform,
  windowTransform,
  type BrushInsets,
} from "./brush-geometry";
import { deriveDayIndex, type BrushSpan } from "./derive-brush-span";
import { dayText, paintBrush } from "./paint-brush";
import { useBrushDrag } from "./use-brush-drag";
import { useBrushKeys } from "./use-brush-keys";
import "./range-brush.css";

export type { OverviewPoint } from "./BrushOverview";
export type { BrushInsets } from "./brush-geometry";

interface RangeBrushProps {
  points: readonly OverviewPoint[];
  range: DateRange;
  color: string;
  /** Colour of the brush frame, window and handles. */
  frameColor: string;
  /** `replace` while a burst of keys continues: one history entry per visit to a handle, not per key. */
  onCommit: (range: DateRange, options?: { replace?: boolean }) => void;
  /** The track's distance from the brush's edges (px), to line it up with a chart's plot. */
  insets?: BrushInsets;
  /** Name of the "settled" mark (lib/perf.ts) a range change and each drag move make. */
  settledName?: string;
}

export const RangeBrush = memo(function RangeBrush({
  points,
  range,
  color,
  frameColor,
  onCommit,
  insets = DEFAULT_INSETS,
  settledName = "range-brush",
}: RangeBrushProps) {
  const n = points.length;
  const first = points[0]?.key;
  const committed = useMemo<BrushSpan>(
    () => ({ start: deriveDayIndex(first, range.from, n), end: deriveDayIndex(first, range.to, n) }),
    [first, range.from, range.to, n],
  );
  // Width of the day axis in pixels, for where the dates go.
  const [axisRef, width] = useElementWidth<HTMLDivElement>();
  const view = deriveBrushView(points, committed, width, insets);
  const rootRef = useRef<HTMLDivElement>(null);
  // Below the charts: a range change waits for its redraw only while a reader can see it.
  useSettledMark(settledName, true, useOnScreenFlag(rootRef));

  const windowRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const verbRef = useRef<HTMLSpanElement>(null);
  const rangeRef = useRef<HTMLElement>(null);
  const paint = useCallback(
    (span: BrushSpan, selecting: boolean, axisWidth: number) =>
      paintBrush(
        {
          window: windowRef.current,
          start: startRef.current,
          end: endRef.current,
          verb: verbRef.current,
          range: rangeRef.current,
        },
        points,
        span,
        { selecting, axisWidth, insets },
      ),
    [points, insets],
  );
  const keys = useBrushKeys({
    keys: points,
    range,
    committed,
    paint: (span, selecting) => paint(span, selecting, width),
    onCommit,
    isDragging: () => drag.drag.current != null,
  });
  const drag = useBrushDrag({
    axis: axisRef,
    root: rootRef,
    count: n,
    committed,
    paint,
    commit: keys.commit,
    onStart: keys.dropPending,
    settledName,
  });

  const hintId = useId();
  const handles = (
    [
      ["start", startRef, "Range start", view.from, view.startSide],
      ["end", endRef, "Range end", view.to, view.endSide],
    ] as const
  ).map(([handle, ref, label, day, side]) => (
    <div
      key={handle}
      ref={ref}
      className="range-brush__slot"
      style={{ transform: slotTransform(handle === "start" ? view.start : view.end) }}
    >
      <div
        className="range-brush__handle"
        data-part={handle}
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-describedby={hintId}
        aria-orientation="horizontal"
        aria-valuemin={sliderBounds(committed, handle, n).min}
        aria-valuemax={sliderBounds(committed, handle, n).max}
        aria-valuenow={committed[handle]}
        aria-valuetext={dayText(day)}
        onKeyDown={keys.onKeyDown(handle)}
        onKeyUp={keys.onKeyUp}
        onBlur={keys.onBlur}
      >
        <span className="range-brush__date" data-side={side} aria-hidden="true">
          {dayText(day)}
        </span>
      </div>
    </div>
  ));

  return (
    <div
      ref={rootRef}
      className="range-brush"
      style={{ "--brush-frame": frameColor, ...brushInsetStyle(insets) } as CSSProperties}
    >
      <p className="range-brush__label" aria-live="polite">
        <span ref={verbRef}>Range </span>
        <strong ref={rangeRef}>
          {view.from && view.to ? formatDateRange({ from: view.from, to: view.to }) : ""}
        </strong>
        <span className="range-brush__hint" id={hintId}>
          {" "}
          — drag the handles or the shaded window (or focus a handle and use the arrow keys) to change the
          range for every panel; {first ? `data from ${formatDate(first)}` : ""}
        </span>
      </p>
      {/* Pointer input for the whole track (handles, window, and a press beside the window); the
          handles are the keyboard's way in. */}
      <div className="range-brush__track" {...drag.trackProps}>
        <div ref={axisRef} className="range-brush__axis">
          <Overview points={points} color={color} />
          <div
            ref={windowRef}
            className="range-brush__window"
            data-part="window"
            style={{ transform: windowTransform(view) }}
          />
          {handles}
        </div>
      </div>
      <YearLabels points={points} />
    </div>
  );
});
