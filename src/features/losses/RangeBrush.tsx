// A brush over the whole series that sets the GLOBAL date range. While a traveller is dragged
// only this component re-renders (the pending selection is local, passing state); the range is
// committed once, on drag end, or on key release after arrow-key moves.
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Brush, ComposedChart, ResponsiveContainer } from "recharts";
import type { IsoDate } from "../../data/schemas/common";
import type { DateRange } from "../../filters/range";
import { formatDate, formatDateRange } from "../../lib/format";
import { deriveDownsampled, deriveSparklinePath } from "./derive-sparkline-path";
import { ChartSettled } from "../../components/ChartSettled";

export interface OverviewPoint {
  key: IsoDate;
  /** What the brush's miniature draws (7-day average of the first selected category). */
  value: number | null;
}

interface RangeBrushProps {
  points: readonly OverviewPoint[];
  range: DateRange;
  color: string;
  /** Stroke of the brush frame and travellers. */
  frameColor: string;
  /** `replace` while a burst of arrow keys continues: one history entry per pause, not per key. */
  onCommit: (range: DateRange, options?: { replace?: boolean }) => void;
}

interface Span {
  startIndex: number;
  endIndex: number;
}

function indexOf(points: readonly OverviewPoint[], day: IsoDate, fallback: number): number {
  const first = points[0]?.key;
  if (!first) return fallback;
  const i = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
  return Math.min(points.length - 1, Math.max(0, i));
}

const BRUSH_HEIGHT = 56;
/** ≥ 24 px: the handles are touch and pointer targets (WCAG 2.5.8). */
const TRAVELLER_WIDTH = 24;
/** A pause longer than this ends a burst of arrow keys (the next key starts a new history entry). */
const KEY_BURST_MS = 1000;
/** Left margin lines the brush up with the charts' plot area (y axis width 52 + chart margin). */
const BRUSH_MARGIN = { top: 2, right: 28, bottom: 2, left: 56 };
const OVERVIEW_WIDTH = 1000;

/**
 * The miniature of the whole series behind the brush, drawn as one static path (not a Recharts
 * panorama): it does not change with the range, so a range change never redraws its 1,600 points.
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
        BRUSH_HEIGHT - 8,
      ),
    [points],
  );
  return (
    <svg
      className="losses-brush__overview"
      style={{
        left: BRUSH_MARGIN.left + TRAVELLER_WIDTH / 2,
        width: `calc(100% - ${BRUSH_MARGIN.left + BRUSH_MARGIN.right + TRAVELLER_WIDTH}px)`,
        top: BRUSH_MARGIN.top + 4,
        height: BRUSH_HEIGHT - 8,
      }}
      viewBox={`0 0 ${OVERVIEW_WIDTH} ${BRUSH_HEIGHT - 8}`}
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
  const inner = BRUSH_MARGIN.left + BRUSH_MARGIN.right + TRAVELLER_WIDTH;
  return (
    <div className="losses-brush__years" aria-hidden="true">
      {marks.map((m) => (
        <span
          key={m.i}
          style={{
            left: `calc(${BRUSH_MARGIN.left + TRAVELLER_WIDTH / 2}px + (100% - ${inner}px) * ${m.i / (n - 1)})`,
          }}
        >
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
  // The span being dragged lives outside React state: a drag repaints only the label above the brush,
  // never the chart that holds it (re-rendering that chart on every move made the drag lag).
  const [pendingStore] = useState(createPendingStore);
  const pendingRef = useRef<Span | null>(null);
  // A burst of arrow keys: the next key came less than KEY_BURST_MS after the previous one's range
  // was drawn (time stamps on the events' clock), so a slow render never splits a burst.
  const burst = useRef<{ lastKeyAt: number | null; active: boolean; drawing: boolean }>({
    lastKeyAt: null,
    active: false,
    drawing: false,
  });
  useEffect(() => {
    const b = burst.current;
    if (b.drawing) {
      b.drawing = false;
      b.lastKeyAt = performance.now();
      // Again once the frame showing it is painted and the work queued behind it is done: on a slow
      // page the next key waits for all of it, and must still count as the same burst.
      requestAnimationFrame(() => setTimeout(() => (b.lastKeyAt = performance.now())));
    }
  }, [range.from, range.to]);
  const startIndex = indexOf(points, range.from, 0);
  const endIndex = indexOf(points, range.to, points.length - 1);

  const commit = useCallback(
    (span: Span | null, fromKeyboard = false) => {
      pendingRef.current = null;
      pendingStore.set(null);
      if (!span) return;
      const from = points[span.startIndex]?.key;
      const to = points[span.endIndex]?.key;
      if (!from || !to || (from === range.from && to === range.to)) return;
      const replace = fromKeyboard && burst.current.active;
      if (!fromKeyboard) burst.current = { lastKeyAt: null, active: false, drawing: false };
      onCommit({ from, to }, { replace });
    },
    [points, range, onCommit, pendingStore],
  );

  const onChange = useCallback(
    (span: Span) => {
      pendingRef.current = span;
      pendingStore.set(span);
    },
    [pendingStore],
  );

  const from = points[startIndex]?.key;
  const to = points[endIndex]?.key;
  return (
    // Arrow keys on a focused traveller (Recharts renders them as role="slider") fire onChange only;
    // the key-up bubbling from them commits. The div itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="losses-brush"
      // Capture: the traveller stops the key-down from bubbling.
      onKeyDownCapture={(e) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        const b = burst.current;
        b.active = b.lastKeyAt != null && e.timeStamp - b.lastKeyAt < KEY_BURST_MS;
      }}
      onKeyUp={(e) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        burst.current.lastKeyAt = e.timeStamp;
        burst.current.drawing = true;
        commit(pendingRef.current, true);
      }}
    >
      <BrushLabel store={pendingStore} points={points} committed={{ startIndex, endIndex }} />
      <div className="losses-brush__track">
        <Overview points={points} color={color} />
        <ResponsiveContainer width="100%" height={BRUSH_HEIGHT + 4}>
          <ComposedChart data={points as OverviewPoint[]} margin={BRUSH_MARGIN}>
            <ChartSettled name="losses-brush" />
            <Brush
              dataKey="key"
              height={BRUSH_HEIGHT}
              startIndex={startIndex}
              endIndex={endIndex}
              stroke={frameColor}
              fill="transparent"
              travellerWidth={TRAVELLER_WIDTH}
              onChange={onChange}
              onDragEnd={(span) => commit(pendingRef.current ?? span)}
              tickFormatter={(day: IsoDate) => formatDate(day)}
              ariaLabel={
                from && to
                  ? `Range handle, ${formatDate(from)} to ${formatDate(to)}: use the left and right arrow keys`
                  : "Range handle"
              }
            />
          </ComposedChart>
        </ResponsiveContainer>
        <YearLabels points={points} />
      </div>
    </div>
  );
});

type PendingStore = ReturnType<typeof createPendingStore>;

function createPendingStore() {
  let value: Span | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: Span | null) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** "Range 4 Jun – 30 Nov 2023", or "Selecting …" while a handle is being dragged. */
function BrushLabel(props: { store: PendingStore; points: readonly OverviewPoint[]; committed: Span }) {
  const pending = useSyncExternalStore(props.store.subscribe, props.store.get);
  const shown = pending ?? props.committed;
  const from = props.points[shown.startIndex]?.key;
  const to = props.points[shown.endIndex]?.key;
  const first = props.points[0];
  return (
    <p className="losses-brush__label" aria-live="polite">
      {from && to ? (
        <>
          {pending ? "Selecting " : "Range "}
          <strong>{formatDateRange({ from, to })}</strong>
        </>
      ) : null}
      <span className="losses-brush__hint">
        {" "}
        — drag the handles or the shaded window (or focus a handle and use ←/→) to change the range for every
        panel; {first ? `data from ${formatDate(first.key)}` : ""}
      </span>
    </p>
  );
}
