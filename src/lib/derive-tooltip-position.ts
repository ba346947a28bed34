// Where a chart's floating tooltip goes: beside the cursor (12 px right and below it), flipped to
// the cursor's left where it would leave the chart, and always inside the chart's box, so on a
// phone it is never cut off nor widens the page. Pure: the component measures, this places.

/** Gap between the cursor and the tooltip (px). */
export const TOOLTIP_GAP = 12;

export interface TooltipPlacement {
  /** Cursor position in the chart (px from its top-left corner). */
  x: number;
  y: number;
  /** The tooltip's measured size (px). */
  tipWidth: number;
  tipHeight: number;
  /** The chart's size (px). */
  width: number;
  height: number;
}

export function deriveTooltipPosition(p: TooltipPlacement): { left: number; top: number } {
  const right = p.x + TOOLTIP_GAP;
  const left = right + p.tipWidth <= p.width ? right : p.x - TOOLTIP_GAP - p.tipWidth;
  return {
    left: Math.max(0, Math.min(left, p.width - p.tipWidth)),
    top: Math.max(0, Math.min(p.y + TOOLTIP_GAP, p.height - p.tipHeight)),
  };
}
