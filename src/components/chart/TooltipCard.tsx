// The tooltip card of the plain-SVG charts: a title (the day or week), one row per series with its
// swatch, value and an optional detail (e.g. the change that day), and optional extra lines.
import "./chart.css";

export interface TooltipLine {
  key: string;
  label: string;
  value: string;
  /** A third, muted column (e.g. "+12 that day"). */
  detail?: string;
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
    <div className="chart-tooltip" data-testid={props.testId}>
      <p className="chart-tooltip__date">{props.title}</p>
      <table>
        <tbody>
          {props.lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">
                {l.color && (
                  <span className="chart-swatch" style={{ background: l.color }} aria-hidden="true" />
                )}
                {l.label}
              </th>
              <td>{l.value}</td>
              {l.detail !== undefined && <td className="chart-tooltip__detail">{l.detail}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {props.extra?.map((line, i) => (
        <p key={`${i}${line}`} className="chart-tooltip__extra">
          {line}
        </p>
      ))}
    </div>
  );
}
