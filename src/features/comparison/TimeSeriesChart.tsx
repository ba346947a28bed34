// Draws dated series as lines on a time axis (gapped dates are placed by day, never joined across
// a missing value), with optional shaded spans and marked days. Only draws: rows arrive ready.
import { useMemo, useState } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { IsoDate } from "../../data/schemas/common";
import { formatDate } from "../../lib/format";
import { dayFromNumber, dayNumber } from "../../lib/series-index";

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
}

const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };
const tick = { fill: "var(--axis)", fontSize: 12 };

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
}: Props) {
  const [hovering, setHovering] = useState(false);
  const data = useMemo(() => rows.map((r) => ({ ...r, t: dayNumber(r.date) })), [rows]);
  const first = data[0]?.t;
  const last = data.at(-1)?.t;
  if (first === undefined || last === undefined)
    return <p className="cmp-empty">No values from both sources in this range.</p>;
  const spanDays = last - first;
  const tickLabel = (t: number) => formatDate(dayFromNumber(t), spanDays > 400 ? "month" : "medium");
  return (
    <div
      className="cmp-chart"
      role="img"
      aria-label={label}
      onPointerEnter={() => setHovering(true)}
      onPointerLeave={() => setHovering(false)}
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            type="number"
            dataKey="t"
            domain={[first, last]}
            tickFormatter={tickLabel}
            tick={tick}
            stroke="var(--axis)"
            minTickGap={24}
          />
          <YAxis
            tickFormatter={format}
            tick={tick}
            stroke="var(--axis)"
            width={64}
            domain={zeroBased ? [0, "auto"] : ["auto", "auto"]}
          />
          {spans.map((s) => (
            <ReferenceArea
              key={s.from}
              x1={Math.max(first, dayNumber(s.from))}
              x2={Math.min(last, dayNumber(s.to))}
              fill="var(--documenting)"
              fillOpacity={1}
              stroke="none"
              label={{ value: s.label, position: "insideTopLeft", fill: "var(--text-muted)", fontSize: 11 }}
            />
          ))}
          {marks.map((m) => (
            <ReferenceLine
              key={m.date + m.label}
              x={dayNumber(m.date)}
              stroke="var(--event)"
              strokeDasharray="3 3"
              label={{ value: m.label, position: "insideTopRight", fill: "var(--text-muted)", fontSize: 11 }}
            />
          ))}
          {hovering && (
            <Tooltip
              isAnimationActive={false}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as (ChartRow & { t: number }) | undefined;
                if (!active || !row) return null;
                return (
                  <div className="cmp-tooltip" data-testid="cmp-tooltip">
                    <p className="cmp-tooltip__date">{formatDate(row.date)}</p>
                    <table>
                      <tbody>
                        {series.map((s) => {
                          const v = row[s.key];
                          return (
                            <tr key={s.key}>
                              <th scope="row">
                                <span
                                  className="cmp-swatch"
                                  style={{ background: s.color }}
                                  aria-hidden="true"
                                />
                                {s.label}
                              </th>
                              <td>{typeof v === "number" ? format(v) : "no value"}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                    {extra?.(row).map((line) => (
                      <p key={line} className="cmp-tooltip__extra">
                        {line}
                      </p>
                    ))}
                  </div>
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
      </ResponsiveContainer>
    </div>
  );
}
