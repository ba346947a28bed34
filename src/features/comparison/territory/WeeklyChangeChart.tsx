// Grouped bars per week: area Russia took (up) and lost (down) in each source. Only draws, as plain
// SVG from a pure layout (lib/derive-chart-layout.ts, derive-grouped-bars.ts): in Recharts, a range's
// ~200 bars were the longest part of the comparison section's first render.
import { useMemo, useState, type PointerEvent } from "react";
import { GridLines, XAxisLayer, YAxisLayer } from "../../../components/chart/ChartAxes";
import { useChartSettled } from "../../../components/use-chart-settled";
import { deriveChartLayout } from "../../../lib/derive-chart-layout";
import { deriveValueTicks } from "../../../lib/derive-y-ticks";
import { formatDate, formatDateRange, formatKm2, formatNumber } from "../../../lib/format";
import { deriveDateTicks } from "../../../lib/derive-axis-ticks";
import { CHART_MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH } from "../charts/chart-axes";
import { FloatingTooltip, TooltipLayer } from "../../../components/chart/ChartReadout";
import { ChartBox, TooltipCard } from "../charts/ChartParts";
import { deriveGroupedBarPaths } from "./derive-grouped-bars";
import type { WeekRow } from "./derive-territory-compare";

const SERIES = [
  { key: "deepstateGained", label: "DeepState: taken by Russia", color: "var(--src-deepstate)", sign: 1 },
  {
    key: "deepstateLost",
    label: "DeepState: retaken by Ukraine",
    color: "var(--src-deepstate)",
    opacity: 0.55,
    sign: -1,
  },
  { key: "nzzGained", label: "NZZ: taken by Russia", color: "var(--src-nzz)", sign: 1 },
  { key: "nzzLost", label: "NZZ: retaken by Ukraine", color: "var(--src-nzz)", opacity: 0.55, sign: -1 },
] as const;

const HEIGHT = 240;

export function WeeklyChangeChart({ rows, label }: { rows: readonly WeekRow[]; label: string }) {
  // Losses drawn below zero.
  const values = useMemo(() => SERIES.map((s) => rows.map((r) => s.sign * r[s.key])), [rows]);
  const keys = useMemo(() => rows.map((r) => r.week), [rows]);
  const yTicks = useMemo(() => deriveValueTicks(values.flat(), { zero: true }), [values]);
  return (
    <ChartBox label={label} height={HEIGHT}>
      {(width) => (
        <WeeklyBars width={width} rows={rows} keys={keys} values={values} yTicks={yTicks} label={label} />
      )}
    </ChartBox>
  );
}

function WeeklyBars(props: {
  width: number;
  rows: readonly WeekRow[];
  keys: readonly WeekRow["week"][];
  values: number[][];
  yTicks: ReturnType<typeof deriveValueTicks>;
  label: string;
}) {
  const { width, rows, keys, values, yTicks } = props;
  const layout = useMemo(
    () =>
      deriveChartLayout({
        width,
        height: HEIGHT,
        margin: CHART_MARGIN,
        yAxisWidth: Y_AXIS_WIDTH,
        xAxisHeight: X_AXIS_HEIGHT,
        xAxis: { kind: "band", keys },
        yScale: "linear",
        yDomain: yTicks.domain,
      }),
    [width, keys, yTicks],
  );
  const paths = useMemo(() => deriveGroupedBarPaths(values, keys, layout), [values, keys, layout]);
  const ticks = useMemo(() => deriveDateTicks(keys, layout.plot.width), [keys, layout]);
  const [hovered, setHovered] = useState<{ index: number; x: number } | null>(null);
  useChartSettled(`comparison-${props.label}`, true);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const index = Math.floor((x - layout.plot.x) / layout.bandwidth);
    setHovered(index >= 0 && index < rows.length ? { index, x } : null);
  };
  const row = hovered ? rows[hovered.index] : undefined;
  const zero = layout.y(0);
  const { plot } = layout;
  return (
    <div className="cmp-bars">
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        aria-hidden="true"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(null)}
      >
        <GridLines layout={layout} ticks={yTicks.ticks} color="var(--grid)" />
        {row && (
          <rect
            data-export="skip"
            x={layout.x(row.week, "start")}
            y={plot.y}
            width={layout.bandwidth}
            height={plot.height}
            fill="var(--grid)"
          />
        )}
        {SERIES.map((s, i) => (
          <path
            key={s.key}
            className="cmp-bars__series"
            d={paths[i]}
            fill={s.color}
            fillOpacity={"opacity" in s ? s.opacity : 1}
          />
        ))}
        {zero !== undefined && (
          <line x1={plot.x} x2={plot.x + plot.width} y1={zero} y2={zero} stroke="var(--axis)" />
        )}
        <XAxisLayer
          layout={layout}
          ticks={ticks}
          format={(t) => formatDate(t as WeekRow["week"])}
          color="var(--axis)"
        />
        <YAxisLayer
          layout={layout}
          ticks={yTicks.ticks}
          format={(v) => formatNumber(v)}
          color="var(--axis)"
        />
      </svg>
      <TooltipLayer keyboard={false}>
        {row && hovered && (
          <FloatingTooltip x={hovered.x} y={layout.plot.y} width={width} height={HEIGHT}>
            <TooltipCard
              title={`${formatDateRange({ from: row.week, to: row.to })}${row.partial ? ` (${row.days} of 7 days in the range)` : ""}`}
              lines={SERIES.map((s) => ({
                key: s.key,
                label: s.label,
                value: formatKm2(row[s.key]),
              }))}
            />
          </FloatingTooltip>
        )}
      </TooltipLayer>
    </div>
  );
}
