// The benchmark's floor: the least a page showing this data can do with the same stack (Vite,
// React, Recharts): fetch losses.json, draw the tank series as one line, switch the range with
// buttons labelled like the app's presets (so the same script drives both). No validation, no
// URL state, no other panels. Built with the project's vite.config.ts.
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartSettled } from "../../../src/components/ChartSettled";

interface LossesJson {
  generalStaff: { dates: string[]; cumulative: Record<string, (number | null)[]> };
}

const DAY = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

const PRESETS: { label: string; range: (first: string, last: string) => [string, string] }[] = [
  { label: "Last 7 days", range: (_, last) => [shift(last, -6), last] },
  { label: "30 days", range: (_, last) => [shift(last, -29), last] },
  { label: "90 days", range: (_, last) => [shift(last, -89), last] },
  { label: "1 year", range: (_, last) => [shift(last, -364), last] },
  { label: "All", range: (first, last) => [first, last] },
  { label: "2023 counteroffensive", range: () => ["2023-06-04", "2023-11-30"] },
];

function Floor() {
  const [data, setData] = useState<LossesJson | null>(null);
  const [preset, setPreset] = useState("1 year");
  useEffect(() => {
    void fetch(`${import.meta.env.BASE_URL}data/losses.json`)
      .then((r) => r.json() as Promise<LossesJson>)
      .then(setData);
  }, []);
  const rows = useMemo(() => {
    if (!data) return [];
    const { dates, cumulative } = data.generalStaff;
    const first = dates[0] ?? "";
    const last = dates[dates.length - 1] ?? "";
    const [from, to] = (PRESETS.find((p) => p.label === preset) ?? PRESETS[3]!).range(first, last);
    const tank = cumulative.tank ?? [];
    return dates.flatMap((date, i) => (date >= from && date <= to ? [{ date, tank: tank[i] ?? null }] : []));
  }, [data, preset]);
  return (
    <main>
      <h1>Tanks (cumulative)</h1>
      <div role="group" aria-label="Range presets">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={p.label === preset}
            onClick={() => setPreset(p.label)}
          >
            {p.label}
          </button>
        ))}
      </div>
      {data && (
        <ResponsiveContainer width="100%" height={340}>
          <LineChart data={rows}>
            <ChartSettled name="floor-tank" />
            <XAxis dataKey="date" minTickGap={24} />
            <YAxis width={56} />
            <Line dataKey="tank" stroke="#c2410c" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
