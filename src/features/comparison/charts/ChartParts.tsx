// What the comparison charts share: the labelled box that measures its width for the chart, and
// the tooltip card (components/chart/TooltipCard.tsx, shared with the map's sector chart).
import type { ReactElement } from "react";
import { MeasuredChart } from "../../../components/chart/MeasuredChart";

/** The comparison charts' box: labelled, measured once for the chart drawn inside (MeasuredChart). */
export function ChartBox(props: {
  label: string;
  height: number;
  children: (width: number) => ReactElement;
}) {
  return (
    <MeasuredChart className="cmp-chart" label={props.label} minHeight={props.height}>
      {props.children}
    </MeasuredChart>
  );
}

export { TooltipCard, type TooltipLine } from "../../../components/chart/TooltipCard";
