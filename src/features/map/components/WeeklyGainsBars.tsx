// The weekly bars beside the map: per Monday-to-Sunday week, the km² Russia took (above the axis)
// and Ukraine took (below), DeepState plain and NZZ hatched, with the sources' method changes
// marked. Only draws (Recharts); the rows come from derive-sector-series.ts.
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { MeasuredChart } from "../../../components/chart/MeasuredChart";
import { HORIZONTAL_GRID } from "../../../components/chart/recharts-grid";
import { ChartSettled } from "../../../components/ChartSettled";
import type { IsoDate } from "../../../data/schemas/common";
import { deriveDateTicks } from "../../../lib/derive-axis-ticks";
import type { deriveValueTicks } from "../../../lib/derive-y-ticks";
import { formatDate, formatDateRange, formatKm2, formatNumber } from "../../../lib/format";
import type { deriveSectorMarks } from "../derive/derive-sector-marks";
import type { WeekRow } from "../derive/derive-sector-series";

const MARGIN = { top: 8, right: 16, bottom: 0, left: 4 };
const TICK = { fill: "var(--text-muted)", fontSize: 12 };
const dayTick = (d: string) => formatDate(d as never);
/** "19–23 Jul 2023 (5 of 7 days)" for a week cut by the range, the days alone for a whole week. */
export const weekText = (w: { week: IsoDate; to: IsoDate; days: number; partial: boolean }) =>
  `${formatDateRange({ from: w.week, to: w.to })}${w.partial ? ` (${w.days} of 7 days)` : ""}`;
const Y_AXIS_WIDTH = 64;
/**
 * An x axis over `days`: the ticks that fit `width` (deriveDateTicks), given with interval 0 so
 * Recharts measures no label.
 */
const dateAxis = (days: readonly IsoDate[], width: number) =>
  ({
    ticks: deriveDateTicks(days, width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right),
    interval: 0,
    tickFormatter: dayTick,
    tick: TICK,
    stroke: "var(--axis)",
  }) as const;

export function WeeklyGainsBars({
  weeks,
  ticks,
  marks,
}: {
  weeks: WeekRow[];
  ticks: ReturnType<typeof deriveValueTicks>;
  marks: ReturnType<typeof deriveSectorMarks>["weekMarks"];
}) {
  return (
    <MeasuredChart>
      {(width) => (
        <BarChart
          width={width}
          height={220}
          data={weeks}
          margin={MARGIN}
          stackOffset="sign"
          barCategoryGap="15%"
        >
          <defs>
            <pattern
              id="map-bar-hatch-ru"
              width={4}
              height={4}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width={4} height={4} style={{ fill: "var(--gain-russia)" }} />
              <rect width={1.6} height={4} style={{ fill: "var(--hatch)" }} />
            </pattern>
            <pattern
              id="map-bar-hatch-ukr"
              width={4}
              height={4}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width={4} height={4} style={{ fill: "var(--gain-ukraine)" }} />
              <rect width={1.6} height={4} style={{ fill: "var(--hatch)" }} />
            </pattern>
          </defs>
          <CartesianGrid {...HORIZONTAL_GRID} />
          <XAxis
            dataKey="week"
            {...dateAxis(
              weeks.map((r) => r.week),
              width,
            )}
          />
          <YAxis
            tickFormatter={(v: number) => formatNumber(Math.abs(v))}
            tick={TICK}
            stroke="var(--axis)"
            width={Y_AXIS_WIDTH}
            domain={ticks.domain}
            ticks={ticks.ticks}
            interval={0}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(v) => formatKm2(Math.abs(Number(v)))}
            labelFormatter={(d) => {
              const w = weeks.find((x) => x.week === d);
              const mark = marks.find((m) => m.week === d);
              return `${w ? weekText(w) : formatDate(d as never)}${mark ? `: ${mark.label}` : ""}`;
            }}
          />
          <ReferenceLine y={0} stroke="var(--axis)" />
          {marks.map((m) => (
            <ReferenceLine
              key={m.key}
              x={m.week}
              stroke="var(--event)"
              strokeDasharray="3 3"
              label={{
                value: m.label,
                position: "insideTopRight",
                fontSize: 11,
                fill: "var(--text-muted)",
              }}
            />
          ))}
          <Bar
            dataKey="deepstateRu"
            name="Russia took (DeepState)"
            stackId="ds"
            fill="var(--gain-russia)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="deepstateUkr"
            name="Ukraine took (DeepState)"
            stackId="ds"
            fill="var(--gain-ukraine)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="nzzRu"
            name="Russia took (NZZ)"
            stackId="nzz"
            fill="url(#map-bar-hatch-ru)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="nzzUkr"
            name="Ukraine took (NZZ)"
            stackId="nzz"
            fill="url(#map-bar-hatch-ukr)"
            isAnimationActive={false}
          />
          {/* The bars' settled mark, as every chart sets one (the benchmark waits on it). */}
          <ChartSettled name="map-weekly" />
        </BarChart>
      )}
    </MeasuredChart>
  );
}
