// Grouped bars per week: area Russia took (up) and lost (down) in each source. Only draws.
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartSettled } from "../../components/ChartSettled";
import { formatDate, formatNumber } from "../../lib/format";
import { deriveValueTicks } from "../../lib/derive-y-ticks";
import { AXIS_TICK, CHART_MARGIN, dateTicks, yAxisProps } from "./chart-axes";
import { ChartBox, TooltipCard } from "./ChartParts";
import type { WeekRow } from "./derive-territory-compare";

const SERIES = [
  { key: "deepstateGained", label: "DeepState: taken by Russia", color: "var(--src-deepstate)" },
  {
    key: "deepstateLost",
    label: "DeepState: retaken by Ukraine",
    color: "var(--src-deepstate)",
    opacity: 0.55,
  },
  { key: "nzzGained", label: "NZZ: taken by Russia", color: "var(--src-nzz)" },
  { key: "nzzLost", label: "NZZ: retaken by Ukraine", color: "var(--src-nzz)", opacity: 0.55 },
] as const;

export function WeeklyChangeChart({ rows, label }: { rows: readonly WeekRow[]; label: string }) {
  // Losses drawn below zero.
  const data = useMemo(
    () => rows.map((r) => ({ ...r, deepstateLost: -r.deepstateLost, nzzLost: -r.nzzLost })),
    [rows],
  );
  const yTicks = useMemo(
    () =>
      deriveValueTicks(
        data.flatMap((r) => SERIES.map((s) => r[s.key])),
        { zero: true },
      ),
    [data],
  );
  return (
    <ChartBox label={label} height={240}>
      {(width) => (
        <BarChart width={width} height={240} data={data} margin={CHART_MARGIN} barCategoryGap="15%">
          <ChartSettled name={`comparison-${label}`} />
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="week"
            ticks={dateTicks(
              data.map((r) => r.week),
              width,
            )}
            interval={0}
            tickFormatter={(d: string) => formatDate(d as WeekRow["week"])}
            tick={AXIS_TICK}
            stroke="var(--axis)"
          />
          <YAxis {...yAxisProps(yTicks, (v) => formatNumber(v))} />
          <ReferenceLine y={0} stroke="var(--axis)" />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "var(--grid)" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as WeekRow | undefined;
              if (!active || !row) return null;
              return (
                <TooltipCard
                  title={`Week of ${formatDate(row.week)}`}
                  lines={SERIES.map((s) => ({
                    key: s.key,
                    label: s.label,
                    value: `${formatNumber(Math.abs(row[s.key]), undefined, 1)} km²`,
                  }))}
                />
              );
            }}
          />
          {SERIES.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              fillOpacity={"opacity" in s ? s.opacity : 1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartBox>
  );
}
