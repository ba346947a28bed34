// What the comparison charts share: the labelled box that measures its width for the chart, and
// the tooltip card (a title, one row per series, optional extra lines).
import type { ReactElement } from "react";
import { useElementWidth } from "../../components/use-element-width";

interface ChartBoxProps {
  /** Accessible description of what is drawn. */
  label: string;
  height: number;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /**
   * One Recharts chart (LineChart, BarChart) drawn at the box's width: measured once here, so the
   * chart and its axis ticks need no measuring of their own (Recharts' ResponsiveContainer and
   * automatic tick spacing read the layout once per chart and per label).
   */
  children: (width: number) => ReactElement;
}

export function ChartBox({ label, height, onPointerEnter, onPointerLeave, children }: ChartBoxProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className="cmp-chart"
      role="img"
      aria-label={label}
      style={{ minHeight: height }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {width > 0 && children(width)}
    </div>
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
