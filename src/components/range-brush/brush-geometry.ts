// Where the range brush puts things, in one place: its pixel insets (the one source for both this
// code and range-brush.css, which reads them as CSS custom properties set from here), which side of
// its handle each date goes, and the transforms that move the window and the handles. Pure.
import type { CSSProperties } from "react";
import type { IsoDate } from "../../data/schemas/common";
import { deriveDayFraction, type BrushHandle, type BrushSpan } from "./derive-brush-span";

/** The track's distance from the brush's edges (px): by default it lines up with a chart's plot. */
export interface BrushInsets {
  left: number;
  right: number;
}

/** The losses charts' plot area: 4 px margin + 52 px y axis on the left, 28 px margin on the right. */
export const DEFAULT_INSETS: BrushInsets = { left: 56, right: 28 };
/** Half a handle's width (px): the day axis is inset by it, so a handle at either end stays inside. */
export const HALF_HANDLE = 12;
/** The track's border (px). */
export const TRACK_BORDER = 1;
/**
 * Room a handle's date needs beside it (px: "30 Sept 2023" at 12 px, padding, gap); with less room
 * outside the window it is drawn inside.
 */
export const DATE_ROOM = 96;

/** Where the day axis starts and ends, from the brush's edges (px). */
export function axisInsets(insets: BrushInsets): BrushInsets {
  return {
    left: insets.left + TRACK_BORDER + HALF_HANDLE,
    right: insets.right + TRACK_BORDER + HALF_HANDLE,
  };
}

/** The insets as the CSS custom properties range-brush.css lays the brush out with. */
export function brushInsetStyle(insets: BrushInsets): CSSProperties {
  const axis = axisInsets(insets);
  return {
    "--brush-inset-left": `${insets.left}px`,
    "--brush-inset-right": `${insets.right}px`,
    "--brush-half-handle": `${HALF_HANDLE}px`,
    "--brush-border": `${TRACK_BORDER}px`,
    "--brush-axis-left": `${axis.left}px`,
    "--brush-axis-right": `${axis.right}px`,
  } as CSSProperties;
}

/** What the brush shows for a span: positions as fractions of the day axis, dates as text. */
export interface BrushView {
  start: number;
  end: number;
  from: IsoDate | undefined;
  to: IsoDate | undefined;
  /** Which side of its handle each date goes, toward the outside when there is room. */
  startSide: "left" | "right";
  endSide: "left" | "right";
}

/** `width`: the day axis' width (px). */
export function deriveBrushView(
  keys: readonly { key: IsoDate }[],
  span: BrushSpan,
  width: number,
  insets: BrushInsets = DEFAULT_INSETS,
): BrushView {
  const start = deriveDayFraction(span.start, keys.length);
  const end = deriveDayFraction(span.end, keys.length);
  const axis = axisInsets(insets);
  return {
    start,
    end,
    from: keys[span.start]?.key,
    to: keys[span.end]?.key,
    startSide: start * width + axis.left - HALF_HANDLE >= DATE_ROOM ? "left" : "right",
    endSide: (1 - end) * width + axis.right - HALF_HANDLE >= DATE_ROOM ? "right" : "left",
  };
}

export const percent = (f: number) => `${(f * 100).toFixed(3)}%`;
// Positions are transforms, so a drag changes no layout and repaints nothing but the dates' text:
// the window is a layer as wide as the day axis (a percentage of its translate is of its own
// width); a handle hangs from a zero-width point moved by a share of the axis (100cqw: the axis is
// a size container), so no layer reaches past the page.
export const slotTransform = (f: number) => `translateX(calc(${f.toFixed(5)} * 100cqw))`;
export const windowTransform = (v: { start: number; end: number }) =>
  `translateX(${percent(v.start)}) scaleX(${(v.end - v.start).toFixed(5)})`;

/** Bounds of one handle's value (ARIA multi-thumb slider: each handle is bounded by the other). */
export function sliderBounds(
  span: BrushSpan,
  handle: BrushHandle,
  count: number,
): { min: number; max: number } {
  return handle === "start" ? { min: 0, max: span.end } : { min: span.start, max: count - 1 };
}

export const spanKey = (span: BrushSpan) => `${span.start}|${span.end}`;
