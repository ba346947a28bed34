// Draws dated series as lines on a time axis (gapped dates are placed by day, never joined across
// a missing value), with optional shaded spans and marked days. Only draws: rows arrive ready.
import { useMemo, useState } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { HORIZONTAL_GRID } from "../../components/chart/recharts-grid";
import { ChartSettled } from "../../components/ChartSettled";
import type { IsoDate } from "../../data/schemas/common";
import { eachDay } from "../../lib/dates";
import { formatDate } from "../../lib/format";
import { dayFromNumber, dayNumber } from "../../lib/series-index";
import { deriveValueTicks } from "../../lib/derive-y-ticks";
import { AXIS_TICK, CHART_MARGIN, dateTicks, Y_AXIS_WIDTH, yAxisProps } from "./chart-axes";
import { deriveMarkLabels, labelWidth } from "./derive-mark-labels";
import { ChartBox, TooltipCard } from "./ChartParts";

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

export interface Span {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

export interface Mark {
  date: IsoDate;
  label: string;
}

export type ChartRow = { date: IsoDate } & Record<string, number | null | IsoDate | undefined>;

interface Props {
  rows: readonly ChartRow[];
  series: readonly SeriesSpec[];
  /** Formats a value for the axis and the tooltip. */
  format: (value: number) => string;
  /** Accessible description of what is drawn. */
  label: string;
  height?: number;
  spans?: readonly Span[];
  marks?: readonly Mark[];
  /** Extra tooltip lines for a row (e.g. the ratio, the rolling window). */
  extra?: (row: ChartRow) => string[];
  zeroBased?: boolean;
  /** Values are ratios: y ticks may step below 1 (0.5×, 0.1×). */
  fractional?: boolean;
}

export function TimeSeriesChart({
  rows,
  series,
  format,
  label,
  height = 280,
  spans = [],
  marks = [],
  extra,
  zeroBased = true,
  fractional = false,
}: Props) {
  const [hovering, setHovering] = useState(false);
  const data = useMemo(() => rows.map((r) => ({ ...r, t: dayNumber(r.date) })), [rows]);
  const yTicks = useMemo(
    () =>
      deriveValueTicks(
        rows.flatMap((r) => series.map((s) => r[s.key])),
        { zero: zeroBased, fractional },
      ),
    [rows, series, zeroBased, fractional],
  );
  const first = data[0]?.t;
  const last = data.at(-1)?.t;
  if (first === undefined || last === undefined)
    return <p className="cmp-empty">No values from both sources in this range.</p>;
  const spanDays = last - first;
  const tickLabel = (t: number) => formatDate(dayFromNumber(t), spanDays > 400 ? "month" : "medium");
  return (
    <ChartBox
      label={label}
      height={height}
      onPointerEnter={() => setHovering(true)}
      onPointerLeave={() => setHovering(false)}
    >
      {(width) => {
        // Where a day falls across the plot, for the labels that must not print over each other.
        const plotLeft = CHART_MARGIN.left + Y_AXIS_WIDTH;
        const plotWidth = width - plotLeft - CHART_MARGIN.right;
        const xOf = (t: number) => plotLeft + ((t - first) / Math.max(1, last - first)) * plotWidth;
        const labelled = deriveMarkLabels(
          marks.map((m) => ({ x: xOf(dayNumber(m.date)), label: m.label })),
          plotLeft,
        );
        return (
          <LineChart width={width} height={height} data={data} margin={CHART_MARGIN}>
            <ChartSettled name={`comparison-${label}`} />
            <CartesianGrid {...HORIZONTAL_GRID} />
            <XAxis
              type="number"
              dataKey="t"
              domain={[first, last]}
              // A time axis: ticks on calendar days (month starts), whether or not a row falls there.
              ticks={dateTicks(eachDay(dayFromNumber(first), dayFromNumber(last)), width).map(dayNumber)}
              interval={0}
              tickFormatter={tickLabel}
              tick={AXIS_TICK}
              stroke="var(--axis)"
            />
            <YAxis {...yAxisProps(yTicks, format)} />
            {spans.map((s) => (
              <ReferenceArea
                key={s.from}
                x1={Math.max(first, dayNumber(s.from))}
                x2={Math.min(last, dayNumber(s.to))}
                fill="var(--documenting)"
                fillOpacity={1}
                stroke="none"
                // Only where it fits inside its band (the legend names the band too).
                label={
                  xOf(Math.min(last, dayNumber(s.to))) - xOf(Math.max(first, dayNumber(s.from))) >=
                  labelWidth(s.label)
                    ? { value: s.label, position: "insideTopLeft", fill: "var(--text-muted)", fontSize: 11 }
                    : undefined
                }
              />
            ))}
            {marks.map((m, i) => (
              <ReferenceLine
                key={m.date + m.label}
                x={dayNumber(m.date)}
                stroke="var(--event)"
                strokeDasharray="3 3"
                label={
                  labelled.has(i)
                    ? { value: m.label, position: "insideTopRight", fill: "var(--text-muted)", fontSize: 11 }
                    : undefined
                }
              />
            ))}
            {hovering && (
              <Tooltip
                isAnimationActive={false}
                content={({ active, payload }) => {
                  const row = payload?.[0]?.payload as (ChartRow & { t: number }) | undefined;
                  if (!active || !row) return null;
                  return (
                    <TooltipCard
                      testId="cmp-tooltip"
                      title={formatDate(row.date)}
                      lines={series.map((s) => {
                        const v = row[s.key];
                        return {
                          key: s.key,
                          label: s.label,
                          color: s.color,
                          value: typeof v === "number" ? format(v) : "no value",
                        };
                      })}
                      extra={extra?.(row)}
                    />
                  );
                }}
              />
            )}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dashed ? "6 4" : undefined}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        );
      }}
    </ChartBox>
  );
}
