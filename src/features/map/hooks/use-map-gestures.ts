// The map's gestures. The page scrolls through the map: a plain wheel and a one-finger drag move the
// page (with a brief hint); Ctrl/⌘ + wheel (also a trackpad's pinch) and two fingers pan and zoom,
// through non-passive listeners that keep the page still while the map takes the gesture. A mouse
// drag pans; Shift-drag, or any drag in drawing mode, draws the reader's box.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import { panBy, toPlane, zoomAt, type View } from "../projection/view";

/** How long the "Ctrl + scroll to zoom" hint stays, in ms. */
const HINT_MS = 1500;

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl/⌘ + wheel and two fingers; returns the hint shown when a plain wheel or one finger scrolls on. */
export function useWheelAndTouch(
  svgRef: RefObject<SVGSVGElement | null>,
  viewRef: RefObject<View>,
  drawingRef: RefObject<boolean>,
  onViewChange: (view: View) => void,
): string | null {
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
  }, [svgRef, viewRef, drawingRef, onViewChange]);
  return hint;
}

type Rect = [number, number, number, number];

/** How far (px) a press may move and still be a click rather than a drag. */
const CLICK_SLOP_PX = 4;

/**
 * Mouse and pen: drag to pan, pinch with two pointers, Shift-drag (or drawing mode) for a box; a
 * press released where it started is a click, handed on in plane coordinates.
 */
export function usePointerGestures(
  svgRef: RefObject<SVGSVGElement | null>,
  viewRef: RefObject<View>,
  drawing: boolean,
  onViewChange: (view: View) => void,
  onRectDrawn: (rect: Rect) => void,
  onPointClick?: (plane: [number, number]) => void,
) {
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragStart = useRef<{ x: number; y: number } | null>(null);
  /** Where the press began, while it has not moved further than CLICK_SLOP_PX. */
  const press = useRef<{ x: number; y: number } | null>(null);
  /** The box being drawn, in screen coordinates. */
  const [draft, setDraft] = useState<Rect | null>(null);
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
    press.current = pointers.current.size === 1 ? p : null;
    if (drawing || e.shiftKey) {
      dragStart.current = p;
      setDraft([p.x, p.y, p.x, p.y]);
    }
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    const start = press.current;
    if (start && Math.hypot(p.x - start.x, p.y - start.y) > CLICK_SLOP_PX) press.current = null;
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
    const wasDown = pointers.current.delete(e.pointerId);
    const start = press.current;
    press.current = null;
    if (wasDown && start && !dragStart.current && e.type === "pointerup" && onPointClick)
      onPointClick(toPlane(viewRef.current, start.x, start.y));
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

  return { draft, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };
}
