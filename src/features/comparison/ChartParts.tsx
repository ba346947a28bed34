// What the comparison charts share: the labelled box that measures its width for the chart, and
// the tooltip card (a title, one row per series, optional extra lines).
import type { ReactElement } from "react";
import { MeasuredChart } from "../../components/chart/MeasuredChart";

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

export interface TooltipLine {
  key: string;
  label: string;
  value: string;
  /** A swatch before the label (a CSS colour or var(--…)). */
  color?: string;
}

export function TooltipCard(props: {
  title: string;
  lines: readonly TooltipLine[];
  extra?: readonly string[];
  testId?: string;
}) {
  return (
    <div className="cmp-tooltip" data-testid={props.testId}>
      <p className="cmp-tooltip__date">{props.title}</p>
      <table>
        <tbody>
          {props.lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">
                {l.color && (
                  <span className="cmp-swatch" style={{ background: l.color }} aria-hidden="true" />
                )}
                {l.label}
              </th>
              <td>{l.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.extra?.map((line) => (
        <p key={line} className="cmp-tooltip__extra">
          {line}
        </p>
      ))}
    </div>
  );
}
