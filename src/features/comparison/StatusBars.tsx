// Stacked horizontal bars: each side's confirmed losses of one type split by status. Only draws.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartSettled } from "../../components/ChartSettled";
import { formatNumber } from "../../lib/format";
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

const tick = { fill: "var(--axis)", fontSize: 12 };

export function StatusBars({ rows, label }: { rows: readonly StatusBarRow[]; label: string }) {
  // No bars to draw: say so in words rather than show an empty, unnamed image.
  if (rows.length === 0) return <p className="cmp-empty">No snapshot with every status in this range.</p>;
  return (
    <div className="cmp-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={40 + rows.length * 48}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <ChartSettled name={`comparison-${label}`} />
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatNumber(v)}
            tick={tick}
            stroke="var(--axis)"
          />
          <YAxis type="category" dataKey="side" tick={tick} stroke="var(--axis)" width={72} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "var(--grid)" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as StatusBarRow | undefined;
              if (!active || !row) return null;
              return (
                <div className="cmp-tooltip">
                  <p className="cmp-tooltip__date">{row.side}</p>
                  <table>
                    <tbody>
                      {STATUSES.map((s) => (
                        <tr key={s}>
                          <th scope="row">{STATUS_LABELS[s]}</th>
                          <td>{formatNumber(row[s])}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
      </ResponsiveContainer>
    </div>
  );
}
