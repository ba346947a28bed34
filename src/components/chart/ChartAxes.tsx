// A plain-SVG chart's axes and grid (the losses charts, the weekly territory bars), drawn from its layout (derive-chart-layout.ts): an x axis along
// the bottom of the plot with the labels that fit, a y axis on the left with every tick labelled,
// and a horizontal grid line at each y tick.
import { memo } from "react";
import { deriveVisibleTicks, labelWidth, type ChartLayout } from "../../lib/derive-chart-layout";

const TICK_SIZE = 6;
const FONT_SIZE = 12;
/** Pixels kept between two x labels. */
const MIN_TICK_GAP = 8;

interface XAxisProps {
  layout: ChartLayout;
  /** Tick positions in axis units (row keys on a band axis, day numbers on a time axis). */
  ticks: readonly (string | number)[];
  format: (tick: string | number) => string;
  color: string;
}

export const XAxisLayer = memo(function XAxisLayer({ layout, ticks, format, color }: XAxisProps) {
  const { plot, width } = layout;
  const y = plot.y + plot.height;
  const placed = ticks.flatMap((t) => {
    const x = layout.x(t, "middle");
    if (x === undefined) return [];
    const label = format(t);
    const w = labelWidth(label, FONT_SIZE);
    // A label at either end stays inside the chart instead of being cut by its edge.
    const centre = Math.min(Math.max(x, w / 2), width - w / 2);
    return [{ t, x, label, centre, w }];
  });
  const shown = new Set(
    deriveVisibleTicks(
      placed.map((p) => p.centre),
      placed.map((p) => p.w),
      MIN_TICK_GAP,
    ),
  );
  return (
    <g className="chart-x-axis" aria-hidden="true">
      <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke={color} />
      {placed.map((p, i) =>
        shown.has(i) ? (
          <g key={String(p.t)}>
            <line x1={p.x} x2={p.x} y1={y} y2={y + TICK_SIZE} stroke={color} />
            <text
              x={p.centre}
              y={y + TICK_SIZE + 2}
              dy="0.71em"
              textAnchor="middle"
              fontSize={FONT_SIZE}
              fill={color}
            >
              {p.label}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
});

interface YAxisProps {
  layout: ChartLayout;
  ticks: readonly number[];
  format: (value: number) => string;
  color: string;
}

export const YAxisLayer = memo(function YAxisLayer({ layout, ticks, format, color }: YAxisProps) {
  const { plot } = layout;
  return (
    <g className="chart-y-axis" aria-hidden="true">
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={color} />
      {ticks.map((t) => {
        const y = layout.y(t);
        if (y === undefined) return null;
        return (
          <g key={t}>
            <line x1={plot.x - TICK_SIZE} x2={plot.x} y1={y} y2={y} stroke={color} />
            <text
              className="chart-y-axis__label"
              x={plot.x - TICK_SIZE - 2}
              y={y}
              dy="0.355em"
              textAnchor="end"
              fontSize={FONT_SIZE}
              fill={color}
            >
              {format(t)}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** Horizontal grid lines at the y ticks. */
export const GridLines = memo(function GridLines({
  layout,
  ticks,
  color,
}: {
  layout: ChartLayout;
  ticks: readonly number[];
  color: string;
}) {
  const { plot } = layout;
  return (
    <g className="chart-grid" aria-hidden="true">
      {ticks.map((t) => {
        const y = layout.y(t);
        return y === undefined ? null : (
          <line key={t} x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke={color} />
        );
      })}
    </g>
  );
});
