// Place inside a Recharts chart (<ChartSettled name="claimed-confirmed" />): marks the chart settled
// after each commit that redrew it (use-chart-settled.ts). It reads the chart's axis domains and
// plot area, so it re-renders in the same commit as the chart's series when the data or size
// changes, and marks nothing until the chart has a size (the first frame of a ResponsiveContainer
// is empty).
import { usePlotArea, useXAxisDomain, useYAxisDomain } from "recharts";
import { useChartSettled } from "./use-chart-settled";

export function ChartSettled({ name }: { name: string }): null {
  useXAxisDomain();
  useYAxisDomain();
  const plot = usePlotArea();
  useChartSettled(name, plot != null && plot.width > 0);
  return null;
}
