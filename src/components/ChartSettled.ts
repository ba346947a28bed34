// Place inside a Recharts chart (<ChartSettled name="losses-equipment" />): marks the chart settled
// (src/lib/perf.ts) after each commit that redrew it. It reads the chart's axis domains and plot
// area, so it re-renders in the same commit as the chart's series when the data or size changes,
// and marks nothing until the chart has a size (the first frame of a ResponsiveContainer is empty).
import { usePlotArea, useXAxisDomain, useYAxisDomain } from "recharts";
import { useLayoutEffect } from "react";
import { useSettledMark } from "../lib/perf";
import { noteChartPainted } from "./AfterFirstChart";

export function ChartSettled({ name }: { name: string }): null {
  useXAxisDomain();
  useYAxisDomain();
  const plot = usePlotArea();
  const drawn = plot != null && plot.width > 0;
  useSettledMark(name, drawn);
  // Once painted (the frame after this commit), what waits for the first chart may load.
  useLayoutEffect(() => {
    if (drawn) requestAnimationFrame(() => setTimeout(noteChartPainted));
  }, [drawn]);
  return null;
}
