// What every plain-SVG line chart shows for the row under the pointer or picked by the keys:
// a cursor on the plot (a line on the day, or a shaded band on a bar chart, and a dot on each
// series there) and a tooltip card floating beside it in a layer over the chart. Shared by the
// losses charts, the comparison charts and the map's sector chart; the rows' wording is each
// chart's own (TooltipCard's lines).
import { useLayoutEffect, useRef, type ReactNode } from "react";
import type { ChartLayout } from "../../lib/derive-chart-layout";
import { deriveTooltipPosition } from "../../lib/derive-tooltip-position";
import "./chart.css";

export interface CursorDot {
  key: string;
  /** Pixel y of the series' value on the row (undefined: no dot). */
  y: number | undefined;
  color: string;
}

/**
 * The readout on the plot: a line at `x` (or, given `band`, the row's band shaded) and a dot per
 * series. Dots outside the plot (a value cut by a log axis' bounds) are left out.
 */
export function ChartCursor(props: {
  layout: ChartLayout;
  x: number;
  dots: readonly CursorDot[];
  band?: { x: number; width: number };
}) {
  const { plot } = props.layout;
  const { band } = props;
  return (
    <g className="chart-cursor" data-export="skip" aria-hidden="true" pointerEvents="none">
      {band ? (
        <rect
          x={band.x}
          y={plot.y}
          width={band.width}
          height={plot.height}
          fill="var(--text-muted)"
          fillOpacity={0.12}
        />
      ) : (
        <line x1={props.x} x2={props.x} y1={plot.y} y2={plot.y + plot.height} stroke="var(--text-muted)" />
      )}
      {props.dots.map((d) =>
        d.y === undefined || d.y < plot.y - 1 || d.y > plot.y + plot.height + 1 ? null : (
          <circle
            key={d.key}
            className="chart-cursor__dot"
            cx={props.x}
            cy={d.y}
            r={4}
            fill={d.color}
            stroke="var(--bg)"
            strokeWidth={2}
          />
        ),
      )}
    </g>
  );
}

/**
 * The layer over the chart that holds the tooltip (never in the pointer's way, left out of
 * exports), read out politely when the row was picked from the keyboard.
 */
export function TooltipLayer(props: { keyboard: boolean; children: ReactNode }) {
  return (
    <div className="chart-tooltip-layer" data-export="skip" aria-live={props.keyboard ? "polite" : "off"}>
      {props.children}
    </div>
  );
}

/** The tooltip beside the cursor at (x, y), inside the `width` × `height` chart (deriveTooltipPosition). */
export function FloatingTooltip(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const { x, y, width, height } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Placed once its size is known, before it is painted.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { left, top } = deriveTooltipPosition({
      x,
      y,
      width,
      height,
      tipWidth: el.offsetWidth,
      tipHeight: el.offsetHeight,
    });
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.style.visibility = "visible";
  });
  return (
    <div ref={ref} className="chart-tooltip-box">
      {props.children}
    </div>
  );
}
