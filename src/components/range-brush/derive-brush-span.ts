// The range brush's geometry, in day indexes of the overview series (0 = its first day): where a
// day sits on the brush, which day a pointer is over, and the span a drag or a key leads to.
// Positions are fractions of the brush's day axis (0 = first day's centre, 1 = last day's), so
// the brush draws with percentages and needs its width in pixels only to read a pointer.

/** An inclusive span of day indexes, start ≤ end. */
export interface BrushSpan {
  start: number;
  end: number;
}

export type BrushHandle = "start" | "end";

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where day `index` of `count` sits on the axis, 0…1 (a lone day sits at 0). */
export function deriveDayFraction(index: number, count: number): number {
  return count > 1 ? clamp(index, 0, count - 1) / (count - 1) : 0;
}

/** The day nearest to `x` pixels from the axis start on an axis `width` pixels wide. */
export function deriveDayAt(x: number, width: number, count: number): number {
  if (count < 2 || !(width > 0)) return 0;
  return clamp(Math.round((x / width) * (count - 1)), 0, count - 1);
}

/**
 * A handle dragged to `target` while the other one stays at `anchor`. Dragged past the other
 * handle, it becomes that end of the span (the handles swap places, as on most range sliders),
 * so two handles drawn on top of each other can always be pulled apart.
 */
export function deriveHandleDrag(anchor: number, target: number): BrushSpan {
  return { start: Math.min(anchor, target), end: Math.max(anchor, target) };
}

/** The whole window moved by `delta` days, stopped (not squeezed) at either end of the series. */
export function deriveWindowDrag(origin: BrushSpan, delta: number, count: number): BrushSpan {
  const shift = clamp(Math.round(delta), -origin.start, count - 1 - origin.end);
  return { start: origin.start + shift, end: origin.end + shift };
}

/** The handle nearer to day `index`: the start up to the window's middle, the end after it. */
export function deriveNearestHandle(span: BrushSpan, index: number): BrushHandle {
  return index - span.start <= span.end - index ? "start" : "end";
}

/** Days moved by the larger steps: Shift with an arrow key, and Page Up / Page Down. */
export const BRUSH_KEY_STEPS = { shift: 7, page: 30 } as const;

/**
 * The span after a key on a focused handle, or null for a key the brush does not use. Arrow keys
 * move a day (Right/Up later), Shift+arrow a week, Page Up/Down 30 days, Home/End as far as the
 * handle can go. A handle stops at the other one (the keys never swap them: the focused handle
 * would silently become the other end of the range).
 */
export function deriveKeyedSpan(
  span: BrushSpan,
  handle: BrushHandle,
  key: { key: string; shiftKey?: boolean },
  count: number,
): BrushSpan | null {
  const lo = handle === "start" ? 0 : span.start;
  const hi = handle === "start" ? span.end : count - 1;
  const at = span[handle];
  const step = key.shiftKey ? BRUSH_KEY_STEPS.shift : 1;
  let next: number;
  switch (key.key) {
    case "ArrowLeft":
    case "ArrowDown":
      next = at - step;
      break;
    case "ArrowRight":
    case "ArrowUp":
      next = at + step;
      break;
    case "PageDown":
      next = at - BRUSH_KEY_STEPS.page;
      break;
    case "PageUp":
      next = at + BRUSH_KEY_STEPS.page;
      break;
    case "Home":
      next = lo;
      break;
    case "End":
      next = hi;
      break;
    default:
      return null;
  }
  return { ...span, [handle]: clamp(next, lo, hi) };
}

/** Day index of `day` in a daily series starting on `first`, clamped to the series. */
export function deriveDayIndex(first: string | undefined, day: string, count: number): number {
  if (!first || count === 0) return 0;
  const i = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
  return clamp(i, 0, count - 1);
}
