// Every chart's numbers as a table, behind a disclosure under the chart: the text alternative for
// readers who cannot see the chart, and a way to read exact values. It shows the rows the CSV
// download holds (ExportData), so the table, the file and the chart never disagree. Rendered only
// while open: a four-year daily series is thousands of cells.
import { LazyDetails } from "./LazyDetails";
import type { ExportData } from "../lib/export/csv";
import { formatNumber } from "../lib/format";

function cell(value: ExportData["rows"][number][number]): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value, undefined, 2) : "–";
  return value;
}

export function DataTable({ data, caption }: { data: ExportData; caption: string }) {
  return (
    <LazyDetails
      className="data-table"
      skipInExport
      summary={
        <>
          Data table <span className="data-table__count">({formatNumber(data.rows.length)} rows)</span>
        </>
      }
    >
      {() => (
        // Scrolls on its own (a long series would push the page); focusable so keys can scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={`Data table: ${caption}`}>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {data.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell(v)}
                      </th>
                    ) : (
                      <td key={j} className={typeof v === "number" ? "data-table__number" : undefined}>
                        {cell(v)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LazyDetails>
  );
}
