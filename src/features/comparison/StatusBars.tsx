// Stacked horizontal bars: each side's confirmed losses of one type split by status. Only draws.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { VERTICAL_GRID } from "../../components/chart/recharts-grid";
import { ChartSettled } from "../../components/ChartSettled";
import { formatNumber } from "../../lib/format";
import { AXIS_TICK } from "./chart-axes";
import { ChartBox, TooltipCard } from "./ChartParts";
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

export function StatusBars({ rows, label }: { rows: readonly StatusBarRow[]; label: string }) {
  // No bars to draw: say so in words rather than show an empty, unnamed image.
  if (rows.length === 0) return <p className="cmp-empty">No snapshot with every status in this range.</p>;
  return (
    <ChartBox label={label} height={40 + rows.length * 48}>
      {(width) => (
        <BarChart
          width={width}
          height={40 + rows.length * 48}
          data={[...rows]}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <ChartSettled name={`comparison-${label}`} />
          <CartesianGrid {...VERTICAL_GRID} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatNumber(v)}
            interval={0}
            tick={AXIS_TICK}
            stroke="var(--axis)"
          />
          <YAxis
            type="category"
            dataKey="side"
            interval={0}
            tick={AXIS_TICK}
            stroke="var(--axis)"
            width={72}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "var(--grid)" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as StatusBarRow | undefined;
              if (!active || !row) return null;
              return (
                <TooltipCard
                  title={row.side}
                  lines={STATUSES.map((s) => ({
                    key: s,
                    label: STATUS_LABELS[s],
                    value: formatNumber(row[s]),
                  }))}
                />
              );
            }}
          />
          {STATUSES.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={STATUS_LABELS[s]}
              stackId="status"
              fill={`var(--status-${s})`}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartBox>
  );
}
