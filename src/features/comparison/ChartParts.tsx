// What the comparison charts share: the labelled box with its responsive container, and the
// tooltip card (a title, one row per series, optional extra lines).
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

interface ChartBoxProps {
  /** Accessible description of what is drawn. */
  label: string;
  height: number;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** One Recharts chart (LineChart, BarChart). */
  children: ReactElement;
}

export function ChartBox({ label, height, onPointerEnter, onPointerLeave, children }: ChartBoxProps) {
  return (
    <div
      className="cmp-chart"
      role="img"
      aria-label={label}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
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
