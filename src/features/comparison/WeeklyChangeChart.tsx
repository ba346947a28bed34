// Grouped bars per week: area Russia took (up) and lost (down) in each source. Only draws.
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate, formatNumber } from "../../lib/format";
import type { WeekRow } from "./derive-territory-compare";

const tick = { fill: "var(--axis)", fontSize: 12 };
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
  const data = rows.map((r) => ({ ...r, deepstateLost: -r.deepstateLost, nzzLost: -r.nzzLost }));
  return (
    <div className="cmp-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} barCategoryGap="15%">
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="week"
            tickFormatter={(d: string) => formatDate(d as WeekRow["week"])}
            tick={tick}
            stroke="var(--axis)"
            minTickGap={24}
          />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} tick={tick} stroke="var(--axis)" width={64} />
          <ReferenceLine y={0} stroke="var(--axis)" />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "var(--grid)" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as WeekRow | undefined;
              if (!active || !row) return null;
              return (
                <div className="cmp-tooltip">
                  <p className="cmp-tooltip__date">Week of {formatDate(row.week)}</p>
                  <table>
                    <tbody>
                      {SERIES.map((s) => (
                        <tr key={s.key}>
                          <th scope="row">{s.label}</th>
                          <td>{formatNumber(Math.abs(row[s.key]), undefined, 1)} km²</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
      </ResponsiveContainer>
    </div>
  );
}
