// The comparison panels' line charts: the shared plain-SVG chart (components/chart/TimeSeriesChart)
// in the comparison's chart box, with its "settled" marks named comparison-<label>.
import type { ComponentProps } from "react";
import { TimeSeriesChart as SeriesChart } from "../../../components/chart/TimeSeriesChart";

export type { ChartRow, Mark, SeriesSpec, Span } from "../../../components/chart/TimeSeriesChart";

export function TimeSeriesChart(
  props: Omit<ComponentProps<typeof SeriesChart>, "className" | "settledPrefix">,
) {
  return <SeriesChart {...props} className="cmp-chart" settledPrefix="comparison" />;
}
