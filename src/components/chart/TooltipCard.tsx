// The tooltip card of the plain-SVG charts: a title (the day or week), one row per series with its
// swatch and value, and optional extra lines.
import "./chart.css";

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
