// A brush over the whole series that sets the GLOBAL date range: an overview line with a window
// between two handles. Plain SVG and DOM, no Recharts: it loads after the first chart and must not
// pull Recharts into the page on its own. While a handle or the window is dragged, the pointer
// handler writes the new positions straight into the DOM (paint): no React render, so a move costs
// a fraction of a millisecond and shows in the frame it happened in. The range is committed to the
// URL once, on release; keys commit on key release, all those of one visit to a handle as one
// history entry.
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import type { IsoDate } from "../../data/schemas/common";
import type { DateRange } from "../../filters/range";
import { formatDate, formatDateRange } from "../../lib/format";
import { useElementWidth } from "../../components/use-element-width";
import { markSettled, useSettledMark } from "../../lib/perf";
import { useOnScreenFlag } from "../../lib/on-screen";
import {
  deriveDayAt,
  deriveDayFraction,
  deriveDayIndex,
  deriveHandleDrag,
  deriveKeyedSpan,
  deriveNearestHandle,
  deriveWindowDrag,
  type BrushHandle,
  type BrushSpan,
} from "./derive-brush-span";
import { deriveDownsampled, deriveSparklinePath } from "./derive-sparkline-path";

export interface OverviewPoint {
  key: IsoDate;
  /** What the brush's miniature draws (7-day average of the first selected category). */
  value: number | null;
}

interface RangeBrushProps {
  points: readonly OverviewPoint[];
  range: DateRange;
  color: string;
  /** Colour of the brush frame, window and handles. */
  frameColor: string;
  /** `replace` while a burst of keys continues: one history entry per visit to a handle, not per key. */
  onCommit: (range: DateRange, options?: { replace?: boolean }) => void;
}

/** Height of the overview line inside the 56 px track (px). */
const OVERVIEW_HEIGHT = 48;
/** Horizontal resolution of the overview path (SVG units, stretched to the track). */
const OVERVIEW_WIDTH = 1000;
/**
 * Room a handle's date needs beside it (px: "30 Sept 2023" at 12 px, padding, gap); with less
 * room outside the window it is drawn inside. The day axis starts 69 px into the brush and ends
 * 41 px before its right edge (losses.css), and the date starts past half a handle (12 px).
 */
const DATE_ROOM = 96;
const AXIS_LEFT = 69;
const AXIS_RIGHT = 41;
const HALF_HANDLE = 12;

/** What the brush shows for a span: positions as fractions of the day axis, dates as text. */
interface BrushView {
  start: number;
  end: number;
  from: IsoDate | undefined;
  to: IsoDate | undefined;
  /** Which side of its handle each date goes, toward the outside when there is room. */
  startSide: "left" | "right";
  endSide: "left" | "right";
}

function deriveBrushView(points: readonly OverviewPoint[], span: BrushSpan, width: number): BrushView {
  const start = deriveDayFraction(span.start, points.length);
  const end = deriveDayFraction(span.end, points.length);
  return {
    start,
    end,
    from: points[span.start]?.key,
    to: points[span.end]?.key,
    startSide: start * width + AXIS_LEFT - HALF_HANDLE >= DATE_ROOM ? "left" : "right",
    endSide: (1 - end) * width + AXIS_RIGHT - HALF_HANDLE >= DATE_ROOM ? "right" : "left",
  };
}

const percent = (f: number) => `${(f * 100).toFixed(3)}%`;
// Positions are transforms, so a drag changes no layout and repaints nothing but the dates' text:
// the window is a layer as wide as the day axis (a percentage of its translate is of its own
// width); a handle hangs from a zero-width point moved by a share of the axis (100cqw: the axis is
// a size container), so no layer reaches past the page.
const slotTransform = (f: number) => `translateX(calc(${f.toFixed(5)} * 100cqw))`;
const windowTransform = (v: { start: number; end: number }) =>
  `translateX(${percent(v.start)}) scaleX(${(v.end - v.start).toFixed(5)})`;
/** Sets an element's text only when it changes (a write, even of the same text, costs a layout). */
function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
const dayText = (day: IsoDate | undefined) => (day ? formatDate(day) : "");

/** Bounds of one handle's value (ARIA multi-thumb slider: each handle is bounded by the other). */
function sliderBounds(span: BrushSpan, handle: BrushHandle, count: number): { min: number; max: number } {
  return handle === "start" ? { min: 0, max: span.end } : { min: span.start, max: count - 1 };
}

const spanKey = (span: BrushSpan) => `${span.start}|${span.end}`;

interface Drag {
  pointerId: number;
  /** A handle pulled against the other (at `anchor`), or the whole window. */
  kind: "handle" | "window";
  anchor: number;
  /** Pixels from the pressed handle's centre to the pointer: the handle does not jump to it. */
  offset: number;
  origin: BrushSpan;
  /** The day axis on screen when the drag began (one layout read per drag). */
  left: number;
  width: number;
  downX: number;
  span: BrushSpan;
}

/**
 * The miniature of the whole series behind the brush, drawn as one static path: it does not
 * change with the range, so neither a range change nor a drag redraws its 1,600 points.
 */
const Overview = memo(function Overview({
  points,
  color,
}: {
  points: readonly OverviewPoint[];
  color: string;
}) {
  const path = useMemo(
    () =>
      deriveSparklinePath(
        deriveDownsampled(
          points.map((p) => p.value),
          OVERVIEW_WIDTH / 2,
        ),
        OVERVIEW_WIDTH,
        OVERVIEW_HEIGHT,
      ),
    [points],
  );
  return (
    <svg
      className="losses-brush__overview"
      viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path d={path} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});

/** Year (and, on short series, month) labels under the brush, at their first day. */
const YearLabels = memo(function YearLabels({ points }: { points: readonly OverviewPoint[] }) {
  const n = points.length;
  if (n < 2) return null;
  const yearStarts = points.flatMap((p, i) =>
    i > 0 && p.key.endsWith("-01-01") ? [{ i, label: p.key.slice(0, 4) }] : [],
  );
  const marks =
    yearStarts.length >= 2
      ? yearStarts
      : points.flatMap((p, i) =>
          i > 0 && p.key.endsWith("-01") ? [{ i, label: formatDate(p.key, "month") }] : [],
        );
  return (
    <div className="losses-brush__years" aria-hidden="true">
      {marks.map((m) => (
        <span key={m.i} style={{ left: percent(deriveDayFraction(m.i, n)) }}>
          {m.label}
        </span>
      ))}
    </div>
  );
});

export const RangeBrush = memo(function RangeBrush({
  points,
  range,
  color,
  frameColor,
  onCommit,
}: RangeBrushProps) {
  const n = points.length;
  const first = points[0]?.key;
  const committed = useMemo<BrushSpan>(
    () => ({
      start: deriveDayIndex(first, range.from, n),
      end: deriveDayIndex(first, range.to, n),
    }),
    [first, range.from, range.to, n],
  );
  // Width of the day axis in pixels, for where the dates go.
  const [axisRef, width] = useElementWidth<HTMLDivElement>();
  const view = deriveBrushView(points, committed, width);
  const rootRef = useRef<HTMLDivElement>(null);
  // Below the charts: a range change waits for its redraw only while a reader can see it.
  useSettledMark("losses-brush", true, useOnScreenFlag(rootRef));

  const windowRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const verbRef = useRef<HTMLSpanElement>(null);
  const rangeRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  /** A span set by keys and not committed yet (committed on key release). */
  const pending = useRef<BrushSpan | null>(null);
  // A burst of keys: the ranges keys committed since a handle got focus. While the range shown is
  // one of them, the next key's range replaces the history entry, whatever the pace of the keys or
  // of the page (no clock). Leaving the handle, a drag, or a range from elsewhere (Back, a preset)
  // ends it: the next key adds an entry.
  const burst = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (burst.current && !burst.current.has(spanKey(committed))) burst.current = null;
  }, [committed]);

  /**
   * Shows `span` without React: the same attributes and text the render below writes for the
   * committed span, so whichever wrote last, the DOM agrees with one of them.
   */
  const paint = useCallback(
    (span: BrushSpan, selecting: boolean, axisWidth: number) => {
      const v = deriveBrushView(points, span, axisWidth);
      const [win, start, end] = [windowRef.current, startRef.current, endRef.current];
      if (!win || !start || !end) return;
      win.style.transform = windowTransform(v);
      for (const [slot, handle, f, day, side] of [
        [start, "start", v.start, v.from, v.startSide],
        [end, "end", v.end, v.to, v.endSide],
      ] as const) {
        slot.style.transform = slotTransform(f);
        const el = slot.firstElementChild as HTMLElement | null;
        if (!el) continue;
        const { min, max } = sliderBounds(span, handle, n);
        el.setAttribute("aria-valuemin", String(min));
        el.setAttribute("aria-valuemax", String(max));
        el.setAttribute("aria-valuenow", String(span[handle]));
        el.setAttribute("aria-valuetext", dayText(day));
        const date = el.firstElementChild as HTMLElement | null;
        setText(date, dayText(day));
        if (date && date.dataset.side !== side) date.dataset.side = side;
      }
      setText(verbRef.current, selecting ? "Selecting " : "Range ");
      if (v.from && v.to) setText(rangeRef.current, formatDateRange({ from: v.from, to: v.to }));
    },
    [points, n],
  );

  const commit = useCallback(
    (span: BrushSpan | null, fromKeyboard: boolean) => {
      pending.current = null;
      if (!span) return;
      paint(span, false, width);
      const from = points[span.start]?.key;
      const to = points[span.end]?.key;
      if (!from || !to || (from === range.from && to === range.to)) return;
      const replace = fromKeyboard && burst.current != null;
      if (fromKeyboard) (burst.current ??= new Set()).add(spanKey(span));
      else burst.current = null;
      onCommit({ from, to }, { replace });
    },
    [points, range, onCommit, paint, width],
  );

  const endDrag = (d: Drag) => {
    drag.current = null;
    rootRef.current?.classList.remove("is-dragging");
    return d;
  };

  const move = (d: Drag, clientX: number) => {
    const x = clientX - d.left;
    const next =
      d.kind === "window"
        ? deriveWindowDrag(d.origin, ((x - d.downX) / d.width) * (n - 1), n)
        : deriveHandleDrag(d.anchor, deriveDayAt(x - d.offset, d.width, n));
    if (next.start !== d.span.start || next.end !== d.span.end) {
      d.span = next;
      paint(next, true, d.width);
    }
    // For `npm run bench`: this move is on screen once the next frame is painted.
    markSettled("losses-brush");
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const axis = axisRef.current;
    if (drag.current || !axis || n < 2 || !e.isPrimary || (e.pointerType === "mouse" && e.button !== 0))
      return;
    const rect = axis.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const span = committed;
    const part = (e.target as Element).closest("[data-part]")?.getAttribute("data-part");
    // A press on the track outside the window brings the nearer handle there and drags it.
    const handle: BrushHandle =
      part === "start" || part === "end" ? part : deriveNearestHandle(span, deriveDayAt(x, rect.width, n));
    const offset = part === handle ? x - deriveDayFraction(span[handle], n) * rect.width : 0;
    const d: Drag = {
      pointerId: e.pointerId,
      kind: part === "window" ? "window" : "handle",
      anchor: handle === "start" ? span.end : span.start,
      offset,
      origin: span,
      left: rect.left,
      width: rect.width,
      downX: x,
      span,
    };
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = d;
    pending.current = null;
    rootRef.current?.classList.add("is-dragging");
    move(d, e.clientX);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) move(d, e.clientX);
  };

  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) commit(endDrag(d).span, false);
  };

  // The browser took the pointer (a touch that turned into a scroll) or lost it: back to the range.
  const onPointerCancel = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) {
      endDrag(d);
      paint(committed, false, width);
    }
  };

  const onKeyDown = (handle: BrushHandle) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (drag.current) return;
    const next = deriveKeyedSpan(pending.current ?? committed, handle, e, n);
    if (!next) return;
    e.preventDefault(); // no page scroll on arrows, Page Up/Down, Home, End
    pending.current = next;
    paint(next, true, width);
  };

  const endBurst = () => {
    commit(pending.current, true); // a key still held when focus leaves
    burst.current = null;
  };

  const onKeyUp = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!pending.current) return;
    e.preventDefault();
    commit(pending.current, true);
  };

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
      className="losses-brush__slot"
      style={{ transform: slotTransform(handle === "start" ? view.start : view.end) }}
    >
      <div
        className="losses-brush__handle"
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
        onKeyDown={onKeyDown(handle)}
        onKeyUp={onKeyUp}
        onBlur={endBurst}
      >
        <span className="losses-brush__date" data-side={side} aria-hidden="true">
          {dayText(day)}
        </span>
      </div>
    </div>
  ));

  return (
    <div ref={rootRef} className="losses-brush" style={{ "--brush-frame": frameColor } as CSSProperties}>
      <p className="losses-brush__label" aria-live="polite">
        <span ref={verbRef}>Range </span>
        <strong ref={rangeRef}>
          {view.from && view.to ? formatDateRange({ from: view.from, to: view.to }) : ""}
        </strong>
        <span className="losses-brush__hint" id={hintId}>
          {" "}
          — drag the handles or the shaded window (or focus a handle and use the arrow keys) to change the
          range for every panel; {first ? `data from ${formatDate(first)}` : ""}
        </span>
      </p>
      {/* Pointer input for the whole track (handles, window, and a press beside the window); the
          handles are the keyboard's way in. */}
      <div
        className="losses-brush__track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onLostPointerCapture={onPointerCancel}
      >
        <div ref={axisRef} className="losses-brush__axis">
          <Overview points={points} color={color} />
          <div
            ref={windowRef}
            className="losses-brush__window"
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
