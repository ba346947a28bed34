// One losses chart as a plain <svg> of a fixed size, without the pointer's readout or measuring:
// the same layouts and drawing as LossesSeriesChart, for the chart scenes (src/scenes), rendered
// to markup in a test and to the gallery.
import { useMemo } from "react";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { deriveLossesScales } from "./derive-losses-scales";
import { lineColor } from "./derive-line-colors";
import { colorMarkers, useDrawnRows, type LossesSeriesProps } from "./LossesSeriesChart";
import { LossesPlot } from "./LossesPlot";
import { StaticChartSvg } from "../../../components/chart/StaticChartSvg";

export function StaticLossesChart(
  props: LossesSeriesProps & {
    width: number;
    height: number;
    label: string;
    /** A muted category whose legend key is hovered (drawn in its colour). */
    highlighted?: GeneralStaffCategory | null;
  },
) {
  const { model, categories, view, scale, width, height, highlighted = null } = props;
  const scales = deriveLossesScales({ model, categories, view, scale, width, height });
  const { placedEvents, markerPlaces, drawn, xs } = useDrawnRows(props, scales);
  const colorOf = (c: GeneralStaffCategory) => lineColor(categories, c, highlighted);
  const colors = useMemo(
    () => categories.map((c) => lineColor(categories, c, highlighted)),
    [categories, highlighted],
  );
  if (!scales) return null;
  return (
    <StaticChartSvg width={width} height={height} label={props.label}>
      <LossesPlot
        scales={scales}
        rows={model.rows}
        drawn={drawn}
        xs={xs}
        categories={categories}
        colors={colors}
        scale={scale}
        events={placedEvents}
        markers={colorMarkers(markerPlaces, colorOf)}
        showEventLabels
      />
    </StaticChartSvg>
  );
}
