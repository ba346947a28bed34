// Stacked horizontal bars: each side's confirmed losses of one type split by status. Only draws, as
// plain SVG from a pure layout (derive-status-bars.ts); in Recharts its redraw measured every label
// through the DOM and was one of the section's longest tasks.
import { useMemo, useState, type PointerEvent } from "react";
import { useChartSettled } from "../../../components/use-chart-settled";
import { formatNumber } from "../../../lib/format";
import { FloatingTooltip, TooltipLayer } from "../../../components/chart/ChartReadout";
import { ChartBox, TooltipCard } from "../charts/ChartParts";
import { deriveStatusBars } from "./derive-status-bars";
import { STATUSES, type Status } from "./derive-sides";

export const STATUS_LABELS: Record<Status, string> = {
  destroyed: "Destroyed",
  damaged: "Damaged",
  abandoned: "Abandoned",
  captured: "Captured",
};

export interface StatusBarRow {
  side: string;
  destroyed: number;
  damaged: number;
  abandoned: number;
  captured: number;
}

const ROW_HEIGHT = 48;
const MARGIN = { top: 4, right: 16, bottom: 28, left: 76 };
const FONT_SIZE = 12;

export function StatusBars({ rows, label }: { rows: readonly StatusBarRow[]; label: string }) {
  // No bars to draw: say so in words rather than show an empty, unnamed image.
  if (rows.length === 0) return <p className="cmp-empty">No snapshot with every status in this range.</p>;
  const height = MARGIN.top + rows.length * ROW_HEIGHT + MARGIN.bottom;
  return (
    <ChartBox label={label} height={height}>
      {(width) => <Bars rows={rows} width={width} height={height} label={label} />}
    </ChartBox>
  );
}

function Bars(props: { rows: readonly StatusBarRow[]; width: number; height: number; label: string }) {
  const { rows, width, height } = props;
  const layout = useMemo(
    () =>
      deriveStatusBars(
        rows.map((r) => ({ ...r, label: r.side })),
        STATUSES,
        width,
        { rowHeight: ROW_HEIGHT, margin: MARGIN },
      ),
    [rows, width],
  );
  const [hovered, setHovered] = useState<{ index: number; x: number } | null>(null);
  useChartSettled(`comparison-${props.label}`, true);
  const { plot } = layout;
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const index = Math.floor((e.clientY - box.top - plot.y) / ROW_HEIGHT);
    setHovered(index >= 0 && index < rows.length ? { index, x: e.clientX - box.left } : null);
  };
  const row = hovered ? rows[hovered.index] : undefined;
  const axisY = plot.y + plot.height;
  return (
    <div className="cmp-bars">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(null)}
      >
        <g className="chart-grid">
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.x} x2={t.x} y1={plot.y} y2={axisY} stroke="var(--grid)" />
          ))}
        </g>
        {hovered && (
          <rect
            data-export="skip"
            x={plot.x}
            y={plot.y + hovered.index * ROW_HEIGHT}
            width={plot.width}
            height={ROW_HEIGHT}
            fill="var(--grid)"
          />
        )}
        {layout.bars.map((bar) => (
          <g key={bar.label} className="cmp-status-bar">
            {bar.segments.map((s) => (
              <rect
                key={s.status}
                x={s.x}
                y={bar.y}
                width={s.width}
                height={bar.height}
                fill={`var(--status-${s.status})`}
              />
            ))}
          </g>
        ))}
        <g className="chart-x-axis" fontSize={FONT_SIZE} fill="var(--axis)">
          <line x1={plot.x} x2={plot.x + plot.width} y1={axisY} y2={axisY} stroke="var(--axis)" />
          {layout.ticks.map((t, i) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 6} stroke="var(--axis)" />
              <text
                x={t.x}
                y={axisY + 9}
                dy="0.71em"
                // The last label ends at the tick, so it is never cut by the chart's edge.
                textAnchor={i === layout.ticks.length - 1 ? "end" : i === 0 ? "start" : "middle"}
              >
                {formatNumber(t.value)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-y-axis" fontSize={FONT_SIZE} fill="var(--axis)">
          <line x1={plot.x} x2={plot.x} y1={plot.y} y2={axisY} stroke="var(--axis)" />
          {layout.bars.map((bar) => (
            <text key={bar.label} x={plot.x - 8} y={bar.y + bar.height / 2} dy="0.355em" textAnchor="end">
              {bar.label}
            </text>
          ))}
        </g>
      </svg>
      <TooltipLayer keyboard={false}>
        {row && hovered && (
          <FloatingTooltip
            x={hovered.x}
            y={plot.y + hovered.index * ROW_HEIGHT}
            width={width}
            height={height}
          >
            <TooltipCard
              title={row.side}
              lines={STATUSES.map((s) => ({
                key: s,
                label: STATUS_LABELS[s],
                value: formatNumber(row[s]),
                color: `var(--status-${s})`,
              }))}
            />
          </FloatingTooltip>
        )}
      </TooltipLayer>
    </div>
  );
}
