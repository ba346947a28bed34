// Shows a span on the brush without React (during a drag or a burst of keys): the same attributes
// and text RangeBrush's render writes for the committed span, so whichever wrote last, the DOM
// agrees with one of them. A move costs a fraction of a millisecond and shows in its own frame.
import type { IsoDate } from "../../data/schemas/common";
import { formatDate, formatDateRange } from "../../lib/format";
import {
  deriveBrushView,
  sliderBounds,
  slotTransform,
  windowTransform,
  type BrushInsets,
} from "./brush-geometry";
import type { BrushSpan } from "./derive-brush-span";

/** The brush's elements a paint writes to. */
export interface BrushElements {
  window: HTMLElement | null;
  start: HTMLElement | null;
  end: HTMLElement | null;
  /** "Range " or "Selecting ". */
  verb: HTMLElement | null;
  range: HTMLElement | null;
}

export const dayText = (day: IsoDate | undefined) => (day ? formatDate(day) : "");

/** Sets an element's text only when it changes (a write, even of the same text, costs a layout). */
function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

export function paintBrush(
  els: BrushElements,
  keys: readonly { key: IsoDate }[],
  span: BrushSpan,
  options: { selecting: boolean; axisWidth: number; insets: BrushInsets },
): void {
  const v = deriveBrushView(keys, span, options.axisWidth, options.insets);
  const { window: win, start, end } = els;
  if (!win || !start || !end) return;
  win.style.transform = windowTransform(v);
  for (const [slot, handle, f, day, side] of [
    [start, "start", v.start, v.from, v.startSide],
    [end, "end", v.end, v.to, v.endSide],
  ] as const) {
    slot.style.transform = slotTransform(f);
    const el = slot.firstElementChild as HTMLElement | null;
    if (!el) continue;
    const { min, max } = sliderBounds(span, handle, keys.length);
    el.setAttribute("aria-valuemin", String(min));
    el.setAttribute("aria-valuemax", String(max));
    el.setAttribute("aria-valuenow", String(span[handle]));
    el.setAttribute("aria-valuetext", dayText(day));
    const date = el.firstElementChild as HTMLElement | null;
    setText(date, dayText(day));
    if (date && date.dataset.side !== side) date.dataset.side = side;
  }
  setText(els.verb, options.selecting ? "Selecting " : "Range ");
  if (v.from && v.to) setText(els.range, formatDateRange({ from: v.from, to: v.to }));
}
