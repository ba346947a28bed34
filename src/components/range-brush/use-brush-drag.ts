// The brush's pointer input, for the whole track: a press on a handle drags it, on the window drags
// the window, and beside the window brings the nearer handle there and drags it. While dragging,
// positions are painted straight into the DOM (paint-brush.ts): no React render. The range is
// committed once, on release; a cancelled pointer (a touch that turned into a scroll) goes back.
import { useRef, type PointerEvent, type RefObject } from "react";
import { markSettled } from "../../lib/perf";
import {
  deriveDayAt,
  deriveDayFraction,
  deriveHandleDrag,
  deriveNearestHandle,
  deriveWindowDrag,
  type BrushHandle,
  type BrushSpan,
} from "./derive-brush-span";

export interface Drag {
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

export interface BrushDragOptions {
  /** The day axis (its box is read once per drag). */
  axis: RefObject<HTMLElement | null>;
  /** Gets the `is-dragging` class while a drag lasts. */
  root: RefObject<HTMLElement | null>;
  count: number;
  committed: BrushSpan;
  paint: (span: BrushSpan, selecting: boolean, axisWidth: number) => void;
  commit: (span: BrushSpan, fromKeyboard: boolean) => void;
  /** Called when a drag begins. */
  onStart: () => void;
  /** The settled mark (lib/perf.ts) each painted move makes, for `npm run bench`. */
  settledName: string;
}

export function useBrushDrag(options: BrushDragOptions) {
  const { axis, root, count: n, committed, paint, commit } = options;
  const drag = useRef<Drag | null>(null);

  const endDrag = (d: Drag) => {
    drag.current = null;
    root.current?.classList.remove("is-dragging");
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
    markSettled(options.settledName);
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    const el = axis.current;
    if (drag.current || !el || n < 2 || !e.isPrimary || (e.pointerType === "mouse" && e.button !== 0)) return;
    const rect = el.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const span = committed;
    const part = (e.target as Element).closest("[data-part]")?.getAttribute("data-part");
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
    options.onStart();
    root.current?.classList.add("is-dragging");
    move(d, e.clientX);
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) move(d, e.clientX);
  };

  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) commit(endDrag(d).span, false);
  };

  // The browser took the pointer (a touch that turned into a scroll) or lost it: back to the range.
  const onPointerCancel = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (d && e.pointerId === d.pointerId) {
      endDrag(d);
      paint(committed, false, d.width);
    }
  };

  return {
    drag,
    trackProps: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel,
      onLostPointerCapture: onPointerCancel,
    },
  };
}
